package fi.retki.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Live class sessions: one row each, and the log of their events. A session's state is rebuilt by
 * replaying its events; the row is what lists and join codes need without replaying.
 */
public final class SessionStore {
  /** The event type that ends a session: appending it marks the session ENDED. */
  public static final String SESSION_ENDED = "session-ended";
  private static final String OPEN = "OPEN";
  private static final String ENDED = "ENDED";
  private static final String COLUMNS =
      "SELECT id, teacher_id, code, scene_id, preset, language, status, opened_at, ended_at, picture_code FROM class_session";

  private final Database db;

  /** Sessions in this database. */
  public SessionStore(Database db) {
    this.db = db;
  }

  /** Records a new session (with no owner: a server takes it when it restores it). */
  public void create(SessionRow row) {
    db.transaction(c -> {
      insert(c, row, null);
      return null;
    });
  }

  /**
   * Records a new session run by {@code owner}, holding {@code codes} (its letter code as
   * normalized and its picture code's key) for it across every server; false, and nothing
   * recorded, if another open session holds one of them.
   */
  public boolean create(SessionRow row, Owner owner, List<String> codes) {
    try {
      return db.transaction(c -> {
        insert(c, row, owner);
        if (!SessionOwners.reserve(c, row.id(), codes)) {
          throw new CodeTaken();
        }
        return true;
      });
    } catch (CodeTaken e) {
      return false;
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof SQLException sql && Database.isDuplicate(sql)) {
        return false; // another server reserved the same code in the same moment
      }
      throw e;
    }
  }

  /** Rolls back a new session whose code is taken. */
  private static final class CodeTaken extends RuntimeException {
    CodeTaken() {
      super(null, null, false, false);
    }
  }

  private static void insert(Connection c, SessionRow row, Owner owner) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO class_session "
        + "(id, teacher_id, code, scene_id, preset, language, status, opened_at, ended_at, picture_code, "
        + "owner_node, owner_epoch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, row.id());
      insert.setString(2, row.teacherId());
      insert.setString(3, row.code());
      insert.setString(4, row.sceneId());
      insert.setString(5, row.preset());
      insert.setString(6, row.language());
      insert.setString(7, row.open() ? OPEN : ENDED);
      insert.setLong(8, row.openedAt().toEpochMilli());
      if (row.endedAt() == null) {
        insert.setNull(9, Types.BIGINT);
      } else {
        insert.setLong(9, row.endedAt().toEpochMilli());
      }
      insert.setString(10, row.pictureCode());
      insert.setString(11, owner == null ? null : owner.node());
      insert.setLong(12, owner == null ? 0 : owner.epoch());
      insert.executeUpdate();
    }
  }

  /**
   * Appends events to a session's log in one transaction, committed before this returns. A
   * {@code session-ended} event among them marks the session ENDED at that event's time, in the
   * same transaction.
   */
  public void append(String sessionId, List<StoredEvent> events) {
    append(sessionId, events, null, List.of());
  }

  /**
   * As {@link #append(String, List)}, written only while {@code fence} still owns the session
   * (else {@link FencedException} and nothing written; null for no check), and recording the
   * hashes of the resume tokens the events issue. Ending the session frees its codes.
   */
  public void append(String sessionId, List<StoredEvent> events, Owner fence, List<String> newTokenHashes) {
    if (events.isEmpty()) {
      return;
    }
    db.transaction(c -> {
      if (fence != null) {
        SessionOwners.check(c, sessionId, fence);
      }
      SessionOwners.addTokens(c, sessionId, newTokenHashes);
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO session_event (session_id, seq, type, body, at) VALUES (?, ?, ?, ?, ?)")) {
        for (StoredEvent event : events) {
          insert.setString(1, sessionId);
          insert.setLong(2, event.seq());
          insert.setString(3, event.type());
          insert.setString(4, event.body());
          insert.setLong(5, event.at().toEpochMilli());
          insert.addBatch();
        }
        insert.executeBatch();
      }
      for (StoredEvent event : events) {
        if (event.type().equals(SESSION_ENDED)) {
          end(c, sessionId, event.at());
          SessionOwners.release(c, sessionId);
        }
      }
      return null;
    });
  }

  /** Every session still open, oldest first: what a restarted server resumes. */
  public List<SessionRow> open() {
    return rows(COLUMNS + " WHERE status = ? ORDER BY opened_at, id", OPEN);
  }

  /** The teacher's sessions, newest first. */
  public List<SessionRow> ofTeacher(String teacherId) {
    return rows(COLUMNS + " WHERE teacher_id = ? ORDER BY opened_at DESC, id", teacherId);
  }

  /** The session with this id. */
  public Optional<SessionRow> byId(String id) {
    return rows(COLUMNS + " WHERE id = ?", id).stream().findFirst();
  }

  /** A session's events in the order of their {@code seq}. */
  public List<StoredEvent> events(String sessionId) {
    return db.read(c -> {
      try (PreparedStatement query = c.prepareStatement(
          "SELECT seq, type, body, at FROM session_event WHERE session_id = ? ORDER BY seq")) {
        query.setString(1, sessionId);
        List<StoredEvent> events = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            events.add(new StoredEvent(rows.getLong(1), rows.getString(2), rows.getString(3),
                Instant.ofEpochMilli(rows.getLong(4))));
          }
        }
        return events;
      }
    });
  }

  /** The ids of the sessions that ended before {@code cutoff}, earliest first: what retention deletes. */
  public List<String> endedBefore(Instant cutoff) {
    return db.read(c -> {
      try (PreparedStatement query = c.prepareStatement(
          "SELECT id FROM class_session WHERE status = ? AND ended_at < ? ORDER BY ended_at, id")) {
        query.setString(1, ENDED);
        query.setLong(2, cutoff.toEpochMilli());
        List<String> ids = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getString(1));
          }
        }
        return ids;
      }
    });
  }

  /**
   * Deletes an ended session: its events (notes, plan, roster) and its row, in one transaction.
   * Its snapshots must be gone first ({@link Snapshots#deleteOfSession}). An open session is not
   * deleted: its pupils may still be writing.
   *
   * @return false if there was no such ended session
   */
  public boolean delete(String sessionId) {
    return db.transaction(c -> {
      try (PreparedStatement status = c.prepareStatement("SELECT status FROM class_session WHERE id = ?")) {
        status.setString(1, sessionId);
        try (ResultSet row = status.executeQuery()) {
          if (!row.next() || !row.getString(1).equals(ENDED)) {
            return false;
          }
        }
      }
      SessionOwners.forget(c, sessionId);
      try (PreparedStatement events = c.prepareStatement("DELETE FROM session_event WHERE session_id = ?");
          PreparedStatement session = c.prepareStatement("DELETE FROM class_session WHERE id = ?")) {
        events.setString(1, sessionId);
        events.executeUpdate();
        session.setString(1, sessionId);
        return session.executeUpdate() == 1;
      }
    });
  }

  /** The join codes of the open sessions, so that a new session's code can differ from them. */
  public Set<String> openCodes() {
    return db.read(c -> {
      try (PreparedStatement query = c.prepareStatement("SELECT code FROM class_session WHERE status = ?")) {
        query.setString(1, OPEN);
        Set<String> codes = new HashSet<>();
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            codes.add(rows.getString(1));
          }
        }
        return codes;
      }
    });
  }

  /** Gives an open session opened before picture codes its picture code (its key). */
  public void setPictureCode(String sessionId, String pictureCode) {
    db.transaction(c -> {
      try (PreparedStatement update = c.prepareStatement(
          "UPDATE class_session SET picture_code = ? WHERE id = ? AND picture_code IS NULL")) {
        update.setString(1, pictureCode);
        update.setString(2, sessionId);
        update.executeUpdate();
      }
      return null;
    });
  }

  private static void end(Connection c, String sessionId, Instant at) throws SQLException {
    try (PreparedStatement update = c.prepareStatement(
        "UPDATE class_session SET status = ?, ended_at = ? WHERE id = ? AND status = ?")) {
      update.setString(1, ENDED);
      update.setLong(2, at.toEpochMilli());
      update.setString(3, sessionId);
      update.setString(4, OPEN);
      update.executeUpdate();
    }
  }

  private List<SessionRow> rows(String sql, String parameter) {
    return db.read(c -> {
      try (PreparedStatement query = c.prepareStatement(sql)) {
        query.setString(1, parameter);
        List<SessionRow> sessions = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            long ended = rows.getLong(9);
            Instant endedAt = rows.wasNull() ? null : Instant.ofEpochMilli(ended);
            sessions.add(new SessionRow(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), rows.getString(7).equals(OPEN),
                Instant.ofEpochMilli(rows.getLong(8)), endedAt, rows.getString(10)));
          }
        }
        return sessions;
      }
    });
  }
}
