package fi.retki.server.store;

import fi.retki.assets.store.ContentStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** The records of pupils' snapshots; their PNG bytes are blobs in the content store. */
public final class Snapshots {
  /*
   * Two snapshots with the same bytes share one blob, so a blob is deleted only when no record
   * names it any more. A snapshot is stored in two steps (blob, then record), and a deletion in
   * between could take the blob the new record is about to name: records are written under the
   * read lock after checking that their blob is there, deletions hold the write lock from the
   * records' deletion to the blobs'. Many records can be written at once; a deletion waits.
   */
  private static final String COLUMNS = "SELECT id, session_id, pupil_id, sha256, bytes, at FROM snapshot";

  /** Base64 characters per row of snapshot_part. */
  static final int PART_CHARS = 750_000;

  private final Database db;
  private final ContentStore blobs;
  private final boolean shared;
  private final ReadWriteLock blobLock = new ReentrantReadWriteLock();

  /** Snapshots in this database, their bytes in {@code blobs}. */
  public Snapshots(Database db, ContentStore blobs) {
    this(db, blobs, false);
  }

  /**
   * Snapshots in this database, their bytes in {@code blobs}; when {@code shared} (a database the
   * servers of a cluster share), their bytes in the database too, so every server can read them.
   */
  public Snapshots(Database db, ContentStore blobs, boolean shared) {
    this.db = db;
    this.blobs = blobs;
    this.shared = shared;
  }

  /**
   * A snapshot's PNG bytes, from this server's content store, or else (on a shared database) from
   * the database, checked against their hash and kept in the content store for next time; null
   * if they are nowhere.
   */
  public byte[] png(String sha256) throws IOException {
    if (blobs.has(sha256)) {
      return blobs.read(sha256);
    }
    if (!shared) {
      return null;
    }
    byte[] png = db.read(c -> {
      StringBuilder text = new StringBuilder();
      try (PreparedStatement query = c.prepareStatement(
          "SELECT data FROM snapshot_part WHERE sha256 = ? ORDER BY part")) {
        query.setString(1, sha256);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            text.append(rows.getString(1));
          }
        }
      }
      return text.length() == 0 ? null : java.util.Base64.getDecoder().decode(text.toString());
    });
    if (png == null) {
      return null;
    }
    String put = blobs.put(png).sha256();
    if (!put.equals(sha256)) {
      throw new IllegalStateException("the database's copy of snapshot bytes " + sha256 + " has the hash " + put);
    }
    return png;
  }

  /**
   * Records a snapshot whose bytes are already in the content store.
   *
   * @throws IllegalStateException if they are not there (any more)
   */
  public void put(SnapshotRow row) {
    blobLock.readLock().lock();
    try {
      if (!blobs.has(row.sha256())) {
        throw new IllegalStateException("snapshot " + row.id() + ": its bytes " + row.sha256()
            + " are not in the content store; store them again");
      }
      byte[] png = shared ? blobs.read(row.sha256()) : null;
      db.transaction(c -> {
        if (png != null) {
          storeParts(c, row.sha256(), png);
        }
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
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read snapshot " + row.id() + " from the content store: " + e.getMessage(), e);
    } finally {
      blobLock.readLock().unlock();
    }
  }

  /** Writes a PNG's base64 parts, unless a snapshot with the same bytes has already. */
  private static void storeParts(java.sql.Connection c, String sha256, byte[] png) throws java.sql.SQLException {
    try (PreparedStatement there = c.prepareStatement("SELECT 1 FROM snapshot_part WHERE sha256 = ? AND part = 0")) {
      there.setString(1, sha256);
      try (ResultSet row = there.executeQuery()) {
        if (row.next()) {
          return;
        }
      }
    }
    String text = java.util.Base64.getEncoder().encodeToString(png);
    try (PreparedStatement insert = c.prepareStatement(
        "INSERT INTO snapshot_part (sha256, part, data) VALUES (?, ?, ?)")) {
      for (int part = 0, at = 0; at < text.length(); part++, at += PART_CHARS) {
        insert.setString(1, sha256);
        insert.setInt(2, part);
        insert.setString(3, text.substring(at, Math.min(text.length(), at + PART_CHARS)));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The snapshot with this id. */
  public Optional<SnapshotRow> byId(String id) {
    return rows(COLUMNS + " WHERE id = ?", id).stream().findFirst();
  }

  /** A session's snapshots, oldest first. */
  public List<SnapshotRow> ofSession(String sessionId) {
    return rows(COLUMNS + " WHERE session_id = ? ORDER BY at, id", sessionId);
  }

  /**
   * Deletes a session's snapshot records, then the blobs of those that no other record names
   * (nor any scene in the content store: {@link ContentStore#delete}).
   *
   * @return the number of records deleted
   */
  public int deleteOfSession(String sessionId) {
    blobLock.writeLock().lock();
    try {
      List<String> unused = new ArrayList<>();
      int deleted = db.transaction(c -> {
        Set<String> shas = new LinkedHashSet<>();
        try (PreparedStatement named = c.prepareStatement("SELECT sha256 FROM snapshot WHERE session_id = ?")) {
          named.setString(1, sessionId);
          try (ResultSet rows = named.executeQuery()) {
            while (rows.next()) {
              shas.add(rows.getString(1));
            }
          }
        }
        int count;
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM snapshot WHERE session_id = ?")) {
          delete.setString(1, sessionId);
          count = delete.executeUpdate();
        }
        try (PreparedStatement used = c.prepareStatement("SELECT COUNT(*) FROM snapshot WHERE sha256 = ?")) {
          for (String sha : shas) {
            used.setString(1, sha);
            try (ResultSet rows = used.executeQuery()) {
              rows.next();
              if (rows.getLong(1) == 0) {
                unused.add(sha);
              }
            }
          }
        }
        try (PreparedStatement parts = c.prepareStatement("DELETE FROM snapshot_part WHERE sha256 = ?")) {
          for (String sha : unused) {
            parts.setString(1, sha);
            parts.executeUpdate();
          }
        }
        return count;
      });
      for (String sha : unused) {
        blobs.delete(sha);
      }
      return deleted;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the snapshots of session " + sessionId + ": " + e.getMessage(), e);
    } finally {
      blobLock.writeLock().unlock();
    }
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
