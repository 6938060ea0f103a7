package fi.retki.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a kill -9 leaves is the database file as the operating system holds it. After each burst
 * of concurrent transactions has returned, a copy of the file is opened as a restarted server
 * would open it: every acknowledged event and snapshot row must be in it. Runs long enough for
 * H2 to start writing chunks into space freed by older ones, where, with space reuse on, it lost
 * the newest commits (about one burst in three from the hundredth on).
 */
class LastCommitFoundAfterCrashIT {
  private static final int WRITERS = 4;
  private static final int BURSTS = 220;

  @TempDir Path dataDir;
  @TempDir Path copies;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void everyReturnedCommit_isInTheFileAsAKilledServerLeavesIt() throws Exception {
    List<String> missing = new ArrayList<>();
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    try (Database db = Database.open(dataDir)) {
      SessionStore sessions = new SessionStore(db);
      fi.retki.assets.store.ContentStore blobs = fi.retki.assets.store.ContentStore.open(dataDir.resolve("store"));
      Snapshots snapshots = new Snapshots(db, blobs);
      String sha = blobs.put(new byte[] {1, 2, 3}).sha256();
      Teacher anna = Fixtures.teacher(db, "anna");
      sessions.create(Fixtures.session("s1", anna.id(), "K7PX2M", Fixtures.T0));
      AtomicLong seq = new AtomicLong();
      AtomicLong events = new AtomicLong();
      AtomicLong shots = new AtomicLong();
      for (int burst = 0; burst < BURSTS; burst++) {
        List<Future<?>> writing = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
          boolean picture = (burst + w) % 3 == 0;
          int size = (burst * WRITERS + w) % 200;
          writing.add(writers.submit(() -> {
            if (picture) {
              snapshots.put(new SnapshotRow("x-" + shots.incrementAndGet(), "s1", "p1", sha, 3,
                  Fixtures.T0));
            } else {
              List<StoredEvent> batch = new ArrayList<>();
              for (int e = 0; e <= size % 4; e++) {
                batch.add(new StoredEvent(seq.incrementAndGet(), "note-saved",
                    "{\"text\":\"" + "y".repeat(size) + "\"}", Instant.EPOCH));
              }
              sessions.append("s1", batch);
              events.addAndGet(batch.size());
            }
            return null;
          }));
        }
        for (Future<?> written : writing) {
          written.get(30, TimeUnit.SECONDS);
        }
        long[] found = countsInCopy(burst);
        if (found[0] != events.get() || found[1] != shots.get()) {
          missing.add("burst " + burst + ": " + found[0] + " of " + events.get() + " events, " + found[1] + " of "
              + shots.get() + " snapshots");
        }
      }
    } finally {
      writers.shutdownNow();
    }
    assertThat(missing).as("bursts whose acknowledged rows a restart would not find").isEmpty();
  }

  /** Opens a copy of the file taken now; the events and snapshot rows a restart would find. */
  private long[] countsInCopy(int burst) throws Exception {
    Path copy = copies.resolve("copy-" + burst);
    Files.createDirectories(copy);
    Files.copy(dataDir.resolve("db").resolve("retki.mv.db"), copy.resolve("retki.mv.db"),
        StandardCopyOption.REPLACE_EXISTING);
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("retki").toAbsolutePath(), "retki", "");
        Statement query = c.createStatement();
        ResultSet counts = query.executeQuery(
            "SELECT (SELECT COUNT(*) FROM session_event), (SELECT COUNT(*) FROM snapshot)")) {
      counts.next();
      return new long[] {counts.getLong(1), counts.getLong(2)};
    } finally {
      try (var files = Files.list(copy)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Files.delete(file);
        }
      }
      Files.delete(copy);
    }
  }
}
