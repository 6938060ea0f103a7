package fi.retki.server.store;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;

/**
 * Secrets the nodes of a cluster share through their database, made once by whichever node asks
 * first: two nodes asking at the same moment both end up with the one that was stored.
 */
public final class ServerSecrets {
  private final Database db;

  public ServerSecrets(Database db) {
    this.db = db;
  }

  /** The secret named {@code name}, made of {@code bytes} random bytes if there is none yet. */
  public byte[] getOrMake(String name, int bytes, SecureRandom random) {
    byte[] stored = read(name);
    if (stored != null) {
      return stored;
    }
    byte[] made = new byte[bytes];
    random.nextBytes(made);
    try {
      db.transaction(c -> {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO server_secret (name, secret) VALUES (?, ?)")) {
          insert.setString(1, name);
          insert.setString(2, Base64.getEncoder().encodeToString(made));
          insert.executeUpdate();
        }
        return null;
      });
      return made;
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof SQLException sql && Database.isDuplicate(sql)) {
        return read(name); // another node made it first
      }
      throw e;
    }
  }

  private byte[] read(String name) {
    return db.read(c -> {
      try (PreparedStatement query = c.prepareStatement("SELECT secret FROM server_secret WHERE name = ?")) {
        query.setString(1, name);
        try (ResultSet row = query.executeQuery()) {
          return row.next() ? Base64.getDecoder().decode(row.getString(1)) : null;
        }
      }
    });
  }
}
