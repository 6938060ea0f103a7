package fi.retki.server.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/** Teachers' logins, found by the token in their browser's cookie. */
public final class Logins {
  /*
   * The token is 256 random bits, so a plain SHA-256 of it (no salt, no bcrypt) is enough to make
   * a stolen copy of the table useless, and lets a login be found by an index lookup.
   */
  private static final int TOKEN_BYTES = 32;
  private static final int CSRF_BYTES = 24;
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final Database db;
  private final SecureRandom random;

  /** Logins in this database. */
  public Logins(Database db) {
    this(db, new SecureRandom());
  }

  Logins(Database db, SecureRandom random) {
    this.db = db;
    this.random = random;
  }

  /** Makes a login for the teacher, valid from {@code now} for {@code ttl}. */
  public NewLogin create(String teacherId, Instant now, Duration ttl) {
    Objects.requireNonNull(teacherId, "teacherId");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("a login must last longer than 0, not " + ttl);
    }
    String token = randomText(TOKEN_BYTES);
    Login login = new Login(teacherId, randomText(CSRF_BYTES), Instant.ofEpochMilli(now.plus(ttl).toEpochMilli()));
    db.transaction(c -> {
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO teacher_login (token_hash, teacher_id, csrf, expires_at) VALUES (?, ?, ?, ?)")) {
        insert.setString(1, sha256(token));
        insert.setString(2, login.teacherId());
        insert.setString(3, login.csrf());
        insert.setLong(4, login.expiresAt().toEpochMilli());
        insert.executeUpdate();
      }
      return null;
    });
    return new NewLogin(token, login);
  }

  /** The login this token stands for, if it has not expired by {@code now}; an expired one is deleted. */
  public Optional<Login> find(String token, Instant now) {
    if (token == null || token.isEmpty()) {
      return Optional.empty();
    }
    String hash = sha256(token);
    Optional<Login> login = db.read(c -> {
      try (PreparedStatement query = c.prepareStatement(
          "SELECT teacher_id, csrf, expires_at FROM teacher_login WHERE token_hash = ?")) {
        query.setString(1, hash);
        try (ResultSet rows = query.executeQuery()) {
          return rows.next()
              ? Optional.of(new Login(rows.getString(1), rows.getString(2), Instant.ofEpochMilli(rows.getLong(3))))
              : Optional.empty();
        }
      }
    });
    if (login.isPresent() && !now.isBefore(login.get().expiresAt())) {
      deleteHash(hash);
      return Optional.empty();
    }
    return login;
  }

  /** Ends the login this token stands for; nothing happens if there is none. */
  public void delete(String token) {
    if (token != null) {
      deleteHash(sha256(token));
    }
  }

  /** Deletes every login that has expired by {@code now} (one never used again would stay otherwise). */
  public int deleteExpired(Instant now) {
    return db.transaction(c -> {
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM teacher_login WHERE expires_at <= ?")) {
        delete.setLong(1, now.toEpochMilli());
        return delete.executeUpdate();
      }
    });
  }

  private void deleteHash(String hash) {
    db.transaction(c -> {
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM teacher_login WHERE token_hash = ?")) {
        delete.setString(1, hash);
        return delete.executeUpdate();
      }
    });
  }

  private String randomText(int bytes) {
    byte[] data = new byte[bytes];
    random.nextBytes(data);
    return BASE64URL.encodeToString(data);
  }

  /** Lower-case hex SHA-256 of the token's UTF-8 bytes: what the table keeps instead of the token. */
  static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
