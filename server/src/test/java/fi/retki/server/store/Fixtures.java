package fi.retki.server.store;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** What the store tests share: a fixed time, fast bcrypt, rows to refer to. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");
  static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

  private Fixtures() {}

  /** Teachers hashed at bcrypt strength 4, the lowest: milliseconds instead of a quarter second. */
  static Teachers teachers(Database db) {
    return new Teachers(db, 4, new SecureRandom(), CLOCK);
  }

  static Teacher teacher(Database db, String name) {
    return teachers(db).add(name, "correct horse".toCharArray());
  }

  static int count(Database db, String table) {
    return db.read(c -> {
      try (java.sql.Statement query = c.createStatement();
          java.sql.ResultSet rows = query.executeQuery("SELECT COUNT(*) FROM " + table)) {
        rows.next();
        return rows.getInt(1);
      }
    });
  }

  static SessionRow session(String id, String teacherId, String code, Instant openedAt) {
    return new SessionRow(id, teacherId, code, "rainforest", "lesson", "fi", true, openedAt, null);
  }
}
