package fi.retki.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.assets.store.ContentStore;
import fi.retki.scenes.Language;
import fi.retki.scenes.live.Event;
import fi.retki.scenes.live.SceneRules;
import fi.retki.scenes.wire.WireCodec;
import fi.retki.server.config.Limits;
import fi.retki.server.store.Database;
import fi.retki.server.store.Logins;
import fi.retki.server.store.SessionRow;
import fi.retki.server.store.SessionStore;
import fi.retki.server.store.SnapshotRow;
import fi.retki.server.store.Snapshots;
import fi.retki.server.store.StoredEvent;
import fi.retki.server.store.Teachers;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The purge, the teacher's deletion and the idle sweep, with the clock held still. */
@Timeout(60)
class RetentionTest {
  private static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");
  private static final Limits LIMITS = Limits.DEFAULTS.withRetention(365, Duration.ofHours(24));

  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    private volatile Instant now = T0;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @TempDir Path dataDir;
  private final HandClock clock = new HandClock();
  private Database db;
  private ContentStore blobs;
  private SessionStore store;
  private Snapshots snapshots;
  private Logins logins;
  private String anna;

  @BeforeEach
  void open() throws Exception {
    db = Database.open(dataDir);
    blobs = ContentStore.open(dataDir.resolve("store"));
    store = new SessionStore(db);
    snapshots = new Snapshots(db, blobs);
    logins = new Logins(db);
    anna = new Teachers(db).add("anna", "correct horse".toCharArray()).id();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void purge_deletesWhatEndedLongerAgoThanTheRetention_withItsSnapshots_andKeepsTheRest() throws Exception {
    String shared = blobs.put(bytes("shared")).sha256();
    endedSession("old", T0, List.of(bytes("old only"), bytes("shared")));
    endedSession("recent", T0.plus(Duration.ofDays(200)), List.of(bytes("shared")));
    openSession("forgotten", T0);
    String expired = logins.create(anna, T0, Duration.ofHours(12)).token();
    Retention retention = new Retention(null, store, snapshots, logins, clock, LIMITS);

    clock.now = T0.plus(Duration.ofDays(365));
    assertThat(retention.purge()).as("exactly 365 days after the end: kept").isEqualTo(new Retention.Purged(0, 0));

    clock.now = T0.plus(Duration.ofDays(365)).plusMillis(1);
    assertThat(retention.purge()).isEqualTo(new Retention.Purged(1, 2));
    assertThat(store.byId("old")).isEmpty();
    assertThat(store.events("old")).isEmpty();
    assertThat(blobs.has(fi.retki.assets.store.Sha256.of(bytes("old only")))).as("named by the old session only").isFalse();
    assertThat(blobs.has(shared)).as("still named by the recent session's snapshot").isTrue();
    assertThat(snapshots.ofSession("recent")).hasSize(1);
    assertThat(store.byId("forgotten")).as("an open session is the idle sweep's, not the purge's").isPresent();
    assertThat(store.byId("recent")).isPresent();
    assertThat(logins.find(expired, T0)).as("the expired login's row is gone").isEmpty();
    assertThat(retention.purge()).as("nothing left to do").isEqualTo(new Retention.Purged(0, 0));
  }

  @Test
  void delete_isForTheOwnerOfAnEndedSessionOnly() throws Exception {
    endedSession("ended", T0, List.of(bytes("a")));
    openSession("open", T0);
    Retention retention = new Retention(null, store, snapshots, logins, clock, LIMITS);

    assertThat(retention.delete("someone-else", "ended")).isEqualTo(Retention.Deletion.NOT_FOUND);
    assertThat(retention.delete(anna, "open")).isEqualTo(Retention.Deletion.STILL_OPEN);
    assertThat(retention.delete(anna, "nope")).isEqualTo(Retention.Deletion.NOT_FOUND);
    assertThat(store.byId("ended")).isPresent();
    assertThat(retention.delete(anna, "ended")).isEqualTo(Retention.Deletion.DELETED);
    assertThat(store.byId("ended")).isEmpty();
    assertThat(snapshots.ofSession("ended")).isEmpty();
    assertThat(store.byId("open")).isPresent();
  }

  @Test
  void endIdle_endsASessionOnlyOnceItHasHadNoEventForTheIdleLimit() throws Exception {
    Instant lastEvent = T0.plusSeconds(30);
    openSession("idle", T0);
    store.append("idle", List.of(stored(2, new Event.WentTo("canopy"), lastEvent)));
    Vertx vertx = Vertx.vertx();
    WorkerExecutor worker = vertx.createSharedWorkerExecutor("retention-test", 1);
    try {
      LiveSessions sessions = vertx.executeBlocking(() -> LiveSessions.restore(vertx, worker, store,
          new fi.retki.server.store.SessionOwners(db), "node-1", false, clock, LIMITS.maxPupils()), false)
          .await(20, TimeUnit.SECONDS);
      Retention retention = new Retention(sessions, store, snapshots, logins, clock, LIMITS);

      clock.now = lastEvent.plus(Duration.ofHours(24)).minusMillis(1);
      assertThat(retention.endIdle()).isZero();
      clock.now = lastEvent.plus(Duration.ofHours(24));
      assertThat(retention.endIdle()).isEqualTo(1);
      sessions.byId("idle").idle().await(20, TimeUnit.SECONDS);

      assertThat(store.byId("idle").orElseThrow().open()).isFalse();
      assertThat(store.byId("idle").orElseThrow().endedAt()).isEqualTo(clock.now);
      assertThat(store.events("idle")).extracting(StoredEvent::type).last().isEqualTo(SessionStore.SESSION_ENDED);
      assertThat(sessions.byId("idle")).as("the registry heard of the end").isNull();
      assertThat(retention.endIdle()).isZero();
    } finally {
      vertx.close().await(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void theSweepRunsAtATenthOfTheIdleLimit_fromAFifthOfASecondToFiveMinutes() {
    assertThat(Retention.sweepMillis(Duration.ofHours(24))).isEqualTo(300_000);
    assertThat(Retention.sweepMillis(Duration.ofSeconds(10))).isEqualTo(1_000);
    assertThat(Retention.sweepMillis(Duration.ofMillis(500))).isEqualTo(200);
  }

  private void openSession(String id, Instant at) {
    store.create(new SessionRow(id, anna, "K7PX2M", "rainforest", "lesson", "fi", true, at, null));
    Event.SessionOpened opened = new Event.SessionOpened(id, "K7PX2M", anna,
        new SceneRules("rainforest", List.of("canopy"), Map.of(), null), "lesson", Language.ofCode("fi"), at);
    store.append(id, List.of(stored(1, opened, at)));
  }

  private void endedSession(String id, Instant endedAt, List<byte[]> shots) throws Exception {
    openSession(id, endedAt.minusSeconds(3600));
    int n = 0;
    for (byte[] shot : shots) {
      String sha = blobs.put(shot).sha256();
      snapshots.put(new SnapshotRow(id + "-" + n++, id, "p-1", sha, shot.length, endedAt.minusSeconds(60)));
    }
    store.append(id, List.of(stored(2, new Event.SessionEnded(endedAt), endedAt)));
  }

  private static StoredEvent stored(long seq, Event event, Instant at) {
    return new StoredEvent(seq, WireCodec.typeOf(event), WireCodec.storeEvent(event), at);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
