package fi.retki.server.store;

import static fi.retki.server.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotsTest {
  @TempDir Path dataDir;

  private static SnapshotRow snapshot(String id, String session, long second) {
    return new SnapshotRow(id, session, "pupil-1", "ab".repeat(32), 1234 + second, T0.plusSeconds(second));
  }

  @Test
  void put_thenListedPerSessionOldestFirst_andFoundById() {
    try (Database db = Database.open(dataDir)) {
      SessionStore sessions = new SessionStore(db);
      String teacher = Fixtures.teacher(db, "anna").id();
      sessions.create(Fixtures.session("s1", teacher, "K7PX2M", T0));
      sessions.create(Fixtures.session("s2", teacher, "Q4WZ9R", T0));
      Snapshots snapshots = new Snapshots(db);
      snapshots.put(snapshot("late", "s1", 90));
      snapshots.put(snapshot("other", "s2", 10));
      snapshots.put(snapshot("early", "s1", 30));

      assertThat(snapshots.ofSession("s1")).containsExactly(snapshot("early", "s1", 30), snapshot("late", "s1", 90));
      assertThat(snapshots.ofSession("s2")).containsExactly(snapshot("other", "s2", 10));
      assertThat(snapshots.byId("other")).contains(snapshot("other", "s2", 10));
      assertThat(snapshots.byId("missing")).isEmpty();
    }
  }
}
