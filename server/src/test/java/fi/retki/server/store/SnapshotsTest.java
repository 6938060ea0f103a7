package fi.retki.server.store;

import static fi.retki.server.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.retki.assets.store.ContentStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "on {0}")
@EnumSource(Engine.class)
class SnapshotsTest {
  @Parameter Engine engine;
  @TempDir Path dataDir;
  private TestDatabase database;
  private ContentStore blobs;
  private String shaA;
  private String shaB;

  @BeforeEach
  void freshDatabaseAndBlobs() throws Exception {
    database = engine.fresh(dataDir);
    blobs = ContentStore.open(dataDir.resolve("store"));
    shaA = blobs.put("snapshot A".getBytes(StandardCharsets.UTF_8)).sha256();
    shaB = blobs.put("snapshot B".getBytes(StandardCharsets.UTF_8)).sha256();
  }

  private static SnapshotRow snapshot(String id, String session, long second, String sha) {
    return new SnapshotRow(id, session, "pupil-1", sha, 1234 + second, T0.plusSeconds(second));
  }

  private SnapshotRow snapshot(String id, String session, long second) {
    return snapshot(id, session, second, shaA);
  }

  private static void twoSessions(Database db) {
    SessionStore sessions = new SessionStore(db);
    String teacher = Fixtures.teacher(db, "anna").id();
    sessions.create(Fixtures.session("s1", teacher, "K7PX2M", T0));
    sessions.create(Fixtures.session("s2", teacher, "Q4WZ9R", T0));
  }

  @Test
  void put_thenListedPerSessionOldestFirst_andFoundById() {
    try (Database db = database.open()) {
      twoSessions(db);
      Snapshots snapshots = new Snapshots(db, blobs);
      snapshots.put(snapshot("late", "s1", 90));
      snapshots.put(snapshot("other", "s2", 10));
      snapshots.put(snapshot("early", "s1", 30));

      assertThat(snapshots.ofSession("s1")).containsExactly(snapshot("early", "s1", 30), snapshot("late", "s1", 90));
      assertThat(snapshots.ofSession("s2")).containsExactly(snapshot("other", "s2", 10));
      assertThat(snapshots.byId("other")).contains(snapshot("other", "s2", 10));
      assertThat(snapshots.byId("missing")).isEmpty();
    }
  }

  @Test
  void put_whoseBytesAreNotInTheStore_isRefused() {
    try (Database db = database.open()) {
      twoSessions(db);
      Snapshots snapshots = new Snapshots(db, blobs);
      assertThatThrownBy(() -> snapshots.put(snapshot("x", "s1", 1, "ab".repeat(32))))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("not in the content store");
      assertThat(snapshots.byId("x")).isEmpty();
    }
  }

  @Test
  void deleteOfSession_deletesItsRecordsAndTheBytesNoOtherRecordNames() {
    try (Database db = database.open()) {
      twoSessions(db);
      Snapshots snapshots = new Snapshots(db, blobs);
      snapshots.put(snapshot("a1", "s1", 1, shaA));
      snapshots.put(snapshot("b1", "s1", 2, shaB));
      snapshots.put(snapshot("a2", "s2", 3, shaA));

      assertThat(snapshots.deleteOfSession("s1")).isEqualTo(2);

      assertThat(snapshots.ofSession("s1")).isEmpty();
      assertThat(blobs.has(shaB)).as("only s1 named B").isFalse();
      assertThat(blobs.has(shaA)).as("s2 still names A").isTrue();
      assertThat(snapshots.ofSession("s2")).extracting(SnapshotRow::id).containsExactly("a2");
      assertThat(snapshots.deleteOfSession("s2")).isEqualTo(1);
      assertThat(blobs.has(shaA)).isFalse();
    }
  }

  @Test
  void onASharedDatabase_anotherServerReadsTheBytesFromIt_andTheyGoWithTheLastRecord() throws Exception {
    try (Database db = database.open()) {
      twoSessions(db);
      byte[] big = new byte[Snapshots.PART_CHARS]; // over one part of base64
      new java.util.Random(7).nextBytes(big);
      String shaBig = blobs.put(big).sha256();
      Snapshots here = new Snapshots(db, blobs, true);
      here.put(snapshot("a", "s1", 1, shaBig));
      here.put(snapshot("b", "s2", 2, shaBig));
      assertThat(Fixtures.count(db, "snapshot_part")).isEqualTo(2);

      ContentStore elsewhere = ContentStore.open(dataDir.resolve("other-store"));
      Snapshots there = new Snapshots(db, elsewhere, true);
      assertThat(there.png(shaBig)).isEqualTo(big);
      assertThat(elsewhere.has(shaBig)).as("kept for next time").isTrue();
      assertThat(new Snapshots(db, ContentStore.open(dataDir.resolve("third")), false).png(shaBig))
          .as("a single server keeps its snapshots in its store only").isNull();

      here.deleteOfSession("s1");
      assertThat(Fixtures.count(db, "snapshot_part")).as("still named by b").isEqualTo(2);
      here.deleteOfSession("s2");
      assertThat(Fixtures.count(db, "snapshot_part")).isZero();
    }
  }
}
