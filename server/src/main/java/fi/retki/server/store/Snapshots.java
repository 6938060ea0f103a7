package fi.retki.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The records of pupils' snapshots. */
public final class Snapshots {
  private static final String COLUMNS = "SELECT id, session_id, pupil_id, sha256, bytes, at FROM snapshot";

  private final Database db;

  /** Snapshots in this database. */
  public Snapshots(Database db) {
    this.db = db;
  }

  /** Records a snapshot whose bytes are already in the content store. */
  public void put(SnapshotRow row) {
    db.transaction(c -> {
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO snapshot (id, session_id, pupil_id, sha256, bytes, at) VALUES (?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, row.id());
        insert.setString(2, row.sessionId());
        insert.setString(3, row.pupilId());
        insert.setString(4, row.sha256());
        insert.setLong(5, row.bytes());
        insert.setLong(6, row.at().toEpochMilli());
        insert.executeUpdate();
      }
      return null;
    });
  }

  /** The snapshot with this id. */
  public Optional<SnapshotRow> byId(String id) {
    return rows(COLUMNS + " WHERE id = ?", id).stream().findFirst();
  }

  /** A session's snapshots, oldest first. */
  public List<SnapshotRow> ofSession(String sessionId) {
    return rows(COLUMNS + " WHERE session_id = ? ORDER BY at, id", sessionId);
  }

  private List<SnapshotRow> rows(String sql, String parameter) {
    return db.read(c -> {
      try (PreparedStatement query = c.prepareStatement(sql)) {
        query.setString(1, parameter);
        List<SnapshotRow> snapshots = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            snapshots.add(new SnapshotRow(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getLong(5), Instant.ofEpochMilli(rows.getLong(6))));
          }
        }
        return snapshots;
      }
    });
  }
}
