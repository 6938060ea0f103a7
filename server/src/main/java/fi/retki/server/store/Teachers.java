package fi.retki.server.store;

import java.nio.CharBuffer;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The teachers who can sign in, with their passwords hashed by bcrypt. */
public final class Teachers {
  /*
   * Passwords are bcrypt hashes at strength 12 (about a quarter of a second each on a server
   * core, which is what makes guessing slow). When a name is unknown, verify still compares
   * against DUMMY_HASH so that an unknown name takes as long as a wrong password. bcrypt reads at
   * most 72 bytes of a password, so longer ones are refused rather than silently cut.
   */
  static final int STRENGTH = 12;
  /** bcrypt (strength 12) of a password no one has; only its cost matters. */
  static final String DUMMY_HASH = "$2a$12$JdJ1/7fxyc.087U287l6vOFAIRp8xapsrtT0MHrNoFdQETvD.q55q";
  static final String FIRST_NAME = "teacher";
  private static final String READABLE = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final int GENERATED_LENGTH = 16;
  private static final int MIN_PASSWORD = 8;
  private static final int MAX_PASSWORD_BYTES = 72;
  private static final int MAX_NAME = 80;

  private final Database db;
  private final BCryptPasswordEncoder encoder;
  private final String dummyHash;
  private final SecureRandom random;
  private final Clock clock;

  /** Teachers in this database, hashed at bcrypt strength 12. */
  public Teachers(Database db) {
    this(db, STRENGTH, new SecureRandom(), Clock.systemUTC());
  }

  /** For tests: a lower strength hashes in milliseconds. */
  Teachers(Database db, int strength, SecureRandom random, Clock clock) {
    this.db = db;
    this.random = random;
    this.clock = clock;
    this.encoder = new BCryptPasswordEncoder(strength, random);
    this.dummyHash = strength == STRENGTH ? DUMMY_HASH : encoder.encode("no teacher has this password");
  }

  /**
   * Adds a teacher.
   *
   * @throws StoreException if the name is empty, longer than 80 characters, has control
   *     characters or is taken, or the password is shorter than 8 characters or longer than 72 bytes
   */
  public Teacher add(String name, char[] password) {
    String trimmed = checkName(name);
    checkPassword(password);
    Teacher teacher = new Teacher(UUID.randomUUID().toString(), trimmed);
    String hash = encoder.encode(CharBuffer.wrap(password));
    db.transaction(c -> {
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO teacher (id, name, password_hash, created_at) VALUES (?, ?, ?, ?)")) {
        insert.setString(1, teacher.id());
        insert.setString(2, teacher.name());
        insert.setString(3, hash);
        insert.setLong(4, clock.millis());
        insert.executeUpdate();
      } catch (SQLException e) {
        if (Database.isDuplicate(e)) {
          throw new StoreException("a teacher named " + trimmed + " already exists", e);
        }
        throw e;
      }
      return null;
    });
    return teacher;
  }

  /** True if there is at least one teacher. */
  public boolean any() {
    return db.read(c -> {
      try (PreparedStatement query = c.prepareStatement("SELECT id FROM teacher FETCH FIRST 1 ROWS ONLY");
          ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    });
  }

  /** The teacher with this name and password; empty if the name is unknown or the password wrong. */
  public Optional<Teacher> verify(String name, char[] password) {
    return check(candidate(name), password);
  }

  /**
   * What a password for this name is checked against: the teacher's hash, or, for an unknown
   * name, a hash no password matches. Reads the database; no bcrypt.
   */
  public Candidate candidate(String name) {
    Optional<Stored> stored = name == null ? Optional.empty() : byName(name.trim());
    return stored.map(s -> new Candidate(s.teacher(), s.passwordHash())).orElseGet(() -> new Candidate(null, dummyHash));
  }

  /**
   * The candidate's teacher if the password is hers; empty for an unknown name or a wrong
   * password, after the same bcrypt work either way. No database; about a quarter of a second of
   * one core, so it belongs on a pool of its own.
   */
  public Optional<Teacher> check(Candidate candidate, char[] password) {
    char[] tried = password == null ? new char[0] : password;
    if (utf8Length(tried) > MAX_PASSWORD_BYTES) {
      // No stored password is that long (add refuses it), and bcrypt would refuse or cut it.
      return Optional.empty();
    }
    boolean matches = encoder.matches(CharBuffer.wrap(tried), candidate.hash);
    return candidate.teacher != null && matches ? Optional.of(candidate.teacher) : Optional.empty();
  }

  /** A name's teacher (if any) and the hash a sign-in compares with; from {@link #candidate}. */
  public static final class Candidate {
    private final Teacher teacher;
    private final String hash;

    private Candidate(Teacher teacher, String hash) {
      this.teacher = teacher;
      this.hash = hash;
    }

    /** The teacher with the name looked up; empty if there is none. */
    public Optional<Teacher> teacher() {
      return Optional.ofNullable(teacher);
    }
  }

  /** The teacher with this id. */
  public Optional<Teacher> byId(String id) {
    return db.read(c -> {
      try (PreparedStatement query = c.prepareStatement("SELECT id, name FROM teacher WHERE id = ?")) {
        query.setString(1, id);
        try (ResultSet rows = query.executeQuery()) {
          return rows.next() ? Optional.of(new Teacher(rows.getString(1), rows.getString(2))) : Optional.empty();
        }
      }
    });
  }

  /**
   * Creates the first teacher, named "teacher", if there is none yet.
   *
   * @return the generated password (16 characters without look-alikes), to be shown once; {@code
   *     null} if there already was a teacher
   */
  public String addFirst() {
    if (any()) {
      return null;
    }
    char[] password = new char[GENERATED_LENGTH];
    for (int i = 0; i < password.length; i++) {
      password[i] = READABLE.charAt(random.nextInt(READABLE.length()));
    }
    try {
      add(FIRST_NAME, password);
    } catch (StoreException e) {
      // Another server thread added it between any() and add(): it has shown its password.
      return null;
    }
    return new String(password);
  }

  private record Stored(Teacher teacher, String passwordHash) {}

  private Optional<Stored> byName(String name) {
    return db.read(c -> {
      try (PreparedStatement query = c.prepareStatement("SELECT id, name, password_hash FROM teacher WHERE name = ?")) {
        query.setString(1, name);
        try (ResultSet rows = query.executeQuery()) {
          return rows.next()
              ? Optional.of(new Stored(new Teacher(rows.getString(1), rows.getString(2)), rows.getString(3)))
              : Optional.empty();
        }
      }
    });
  }

  private static String checkName(String name) {
    String trimmed = name == null ? "" : name.trim();
    if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
      throw new StoreException("a teacher's name is 1 to " + MAX_NAME + " characters, not " + trimmed.length());
    }
    if (trimmed.chars().anyMatch(Character::isISOControl)) {
      throw new StoreException("a teacher's name cannot have control characters (tabs, line breaks)");
    }
    return trimmed;
  }

  private static void checkPassword(char[] password) {
    if (password == null || password.length < MIN_PASSWORD) {
      throw new StoreException("a password needs at least " + MIN_PASSWORD + " characters");
    }
    if (utf8Length(password) > MAX_PASSWORD_BYTES) {
      throw new StoreException("a password can be at most " + MAX_PASSWORD_BYTES
          + " bytes long (72 plain letters; ä, ö and å count as two)");
    }
  }

  /** Counted without encoding, so that no copy of the password is left in a buffer. */
  private static int utf8Length(char[] chars) {
    int bytes = 0;
    for (char c : chars) {
      // A surrogate pair is 4 bytes in UTF-8: 2 for each half.
      bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes;
  }
}
