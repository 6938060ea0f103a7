package fi.retki.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who runs each open session, and the lookups any node makes to reach it: by join code or picture
 * code ({@code open_code}), by a pupil's resume token ({@code resume_token}) and by id. Taking a
 * session over is one conditional update that bumps its epoch; {@link SessionStore#append} checks
 * the epoch in the transaction that writes the events, so two nodes never both write a session.
 */
public final class SessionOwners {
  /** An open session and the node that runs it (null if none has yet). */
  public record Located(String sessionId, String node) {}

  private final Database db;

  public SessionOwners(Database db) {
    this.db = db;
  }

  /** The open session with this code (a normalized letter code or a picture code's key). */
  public Optional<Located> byCode(String code) {
    return located("SELECT s.id, s.owner_node FROM open_code c JOIN class_session s ON s.id = c.session_id "
        + "WHERE c.code = ? AND s.status = 'OPEN'", code);
  }

  /** The open session that issued the resume token with this hash. */
  public Optional<Located> byToken(String tokenHash) {
    return located("SELECT s.id, s.owner_node FROM resume_token t JOIN class_session s ON s.id = t.session_id "
        + "WHERE t.token_hash = ? AND s.status = 'OPEN'", tokenHash);
  }

  /** The open session with this id. */
  public Optional<Located> byId(String sessionId) {
    return located("SELECT id, owner_node FROM class_session WHERE id = ? AND status = 'OPEN'", sessionId);
  }

  /** Every open session and its owner, oldest first. */
  public List<Located> open() {
    return db.read(c -> {
      try (PreparedStatement query = c.prepareStatement(
          "SELECT id, owner_node FROM class_session WHERE status = 'OPEN' ORDER BY opened_at, id");
          ResultSet rows = query.executeQuery()) {
        List<Located> open = new ArrayList<>();
        while (rows.next()) {
          open.add(new Located(rows.getString(1), rows.getString(2)));
        }
        return open;
      }
    });
  }

  /**
   * Makes {@code node} the owner of the open session if its owner is still {@code from} (any owner
   * when {@code from} is null), bumping the epoch; empty if the session is not open or another
   * node took it first. A write its old owner has in flight either commits before this (and the
   * new owner reads it) or is refused after.
   */
  public Optional<Owner> takeOver(String sessionId, String from, String node) {
    return db.transaction(c -> {
      String sql = "UPDATE class_session SET owner_node = ?, owner_epoch = owner_epoch + 1 WHERE id = ? AND status = 'OPEN'"
          + (from == null ? "" : " AND owner_node = ?");
      try (PreparedStatement update = c.prepareStatement(sql)) {
        update.setString(1, node);
        update.setString(2, sessionId);
        if (from != null) {
          update.setString(3, from);
        }
        if (update.executeUpdate() != 1) {
          return Optional.<Owner>empty();
        }
      }
      try (PreparedStatement query = c.prepareStatement("SELECT owner_epoch FROM class_session WHERE id = ?")) {
        query.setString(1, sessionId);
        try (ResultSet row = query.executeQuery()) {
          row.next();
          return Optional.of(new Owner(node, row.getLong(1)));
        }
      }
    });
  }

  /**
   * Records codes and resume tokens of a session opened before they were kept here (an upgraded
   * database), leaving those already recorded; a code another open session holds is skipped.
   */
  public void remember(String sessionId, List<String> codes, List<String> tokenHashes) {
    db.transaction(c -> {
      for (String code : codes) {
        insertIfAbsent(c, "open_code", "code", code, sessionId);
      }
      for (String token : tokenHashes) {
        insertIfAbsent(c, "resume_token", "token_hash", token, sessionId);
      }
      return null;
    });
  }

  /** Inserts {@code codes} for a new session; false (and nothing inserted) if one is taken. */
  static boolean reserve(Connection c, String sessionId, List<String> codes) throws SQLException {
    for (String code : codes) {
      if (exists(c, "open_code", "code", code)) {
        return false;
      }
    }
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO open_code (code, session_id) VALUES (?, ?)")) {
      for (String code : codes) {
        insert.setString(1, code);
        insert.setString(2, sessionId);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return true;
  }

  /** Refuses the transaction unless {@code fence} still owns the session; locks its row until commit. */
  static void check(Connection c, String sessionId, Owner fence) throws SQLException {
    try (PreparedStatement update = c.prepareStatement(
        "UPDATE class_session SET owner_epoch = owner_epoch WHERE id = ? AND owner_node = ? AND owner_epoch = ?")) {
      update.setString(1, sessionId);
      update.setString(2, fence.node());
      update.setLong(3, fence.epoch());
      if (update.executeUpdate() != 1) {
        throw new FencedException(sessionId, fence);
      }
    }
  }

  static void addTokens(Connection c, String sessionId, List<String> tokenHashes) throws SQLException {
    if (tokenHashes.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = c.prepareStatement(
        "INSERT INTO resume_token (token_hash, session_id) VALUES (?, ?)")) {
      for (String token : tokenHashes) {
        insert.setString(1, token);
        insert.setString(2, sessionId);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Frees an ending session's codes (its tokens stay until the session is deleted). */
  static void release(Connection c, String sessionId) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement("DELETE FROM open_code WHERE session_id = ?")) {
      delete.setString(1, sessionId);
      delete.executeUpdate();
    }
  }

  /** Deletes what a deleted session leaves here. */
  static void forget(Connection c, String sessionId) throws SQLException {
    release(c, sessionId);
    try (PreparedStatement delete = c.prepareStatement("DELETE FROM resume_token WHERE session_id = ?")) {
      delete.setString(1, sessionId);
      delete.executeUpdate();
    }
  }

  private static boolean exists(Connection c, String table, String column, String value) throws SQLException {
    try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM " + table + " WHERE " + column + " = ?")) {
      query.setString(1, value);
      try (ResultSet row = query.executeQuery()) {
        return row.next();
      }
    }
  }

  private static void insertIfAbsent(Connection c, String table, String column, String value, String sessionId)
      throws SQLException {
    if (!exists(c, table, column, value)) {
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO " + table + " (" + column + ", session_id) VALUES (?, ?)")) {
        insert.setString(1, value);
        insert.setString(2, sessionId);
        insert.executeUpdate();
      }
    }
  }

  private Optional<Located> located(String sql, String key) {
    return db.read(c -> {
      try (PreparedStatement query = c.prepareStatement(sql)) {
        query.setString(1, key);
        try (ResultSet row = query.executeQuery()) {
          return row.next() ? Optional.of(new Located(row.getString(1), row.getString(2))) : Optional.<Located>empty();
        }
      }
    });
  }
}
