package fi.retki.server.live;

import fi.retki.scenes.Language;
import fi.retki.scenes.Scene;
import fi.retki.scenes.live.Actor;
import fi.retki.scenes.live.Command;
import fi.retki.scenes.live.Decision;
import fi.retki.scenes.live.Event;
import fi.retki.scenes.live.JoinCodes;
import fi.retki.scenes.live.PictureCode;
import fi.retki.scenes.live.SceneRules;
import fi.retki.scenes.live.SessionCore;
import fi.retki.scenes.live.SessionState;
import fi.retki.scenes.wire.Reply;
import fi.retki.scenes.wire.WireCodec;
import fi.retki.server.store.SessionRow;
import fi.retki.server.store.SessionStore;
import fi.retki.server.store.StoredEvent;
import fi.retki.server.store.TokenHash;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.internal.VertxInternal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every live session of this server, by id, join code, picture code and resume token. Thread-safe: the maps
 * are concurrent and each session's state belongs to its host. New and restored sessions are
 * spread over the event loops.
 *
 * <p>A resume token is known only to its pupil: the session's state, its stored events and the
 * map here hold its {@link TokenHash}, and what a pupil sends is hashed before it is looked up.
 */
public final class LiveSessions implements SessionHost.Registry {
  private final Vertx vertx;
  private final WorkerExecutor db;
  private final SessionStore store;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, SessionHost> byId = new ConcurrentHashMap<>();
  private final Map<String, SessionHost> byCode = new ConcurrentHashMap<>();
  private final Map<String, SessionHost> byToken = new ConcurrentHashMap<>();
  private final java.util.Set<String> codesInUse = ConcurrentHashMap.newKeySet();
  private final Map<PictureCode, SessionHost> byPictures = new ConcurrentHashMap<>();
  private final java.util.Set<PictureCode> picturesInUse = ConcurrentHashMap.newKeySet();
  private final int maxPupils;
  private final JoinGuard joins = JoinGuard.forLive();

  private LiveSessions(Vertx vertx, WorkerExecutor db, SessionStore store, Clock clock, int maxPupils) {
    this.vertx = vertx;
    this.db = db;
    this.store = store;
    this.clock = clock;
    this.maxPupils = maxPupils;
  }

  /**
   * Brings back every open session from the store, its roster shown as disconnected until each
   * pupil comes back. A session takes at most {@code maxPupils} pupils. Blocking: call it on a
   * worker thread.
   */
  public static LiveSessions restore(Vertx vertx, WorkerExecutor db, SessionStore store, Clock clock, int maxPupils) {
    LiveSessions sessions = new LiveSessions(vertx, db, store, clock, maxPupils);
    List<SessionRow> open = store.open();
    for (SessionRow row : open) {
      PictureCode stored = PictureCode.ofKey(row.pictureCode());
      if (stored != null) {
        sessions.picturesInUse.add(stored); // before any is drawn for a session that has none
      }
    }
    for (SessionRow row : open) {
      List<StoredEvent> events = store.events(row.id());
      SessionState state = replay(events);
      long seq = events.isEmpty() ? 0 : events.get(events.size() - 1).seq();
      if (state.status() != SessionState.Status.OPEN) {
        continue;
      }
      for (SessionState.Pupil pupil : state.pupils().values()) {
        if (pupil.connected()) {
          state = SessionCore.evolve(state, new Event.PupilDisconnected(pupil.id()));
        }
      }
      PictureCode pictures = PictureCode.ofKey(row.pictureCode());
      if (pictures == null) {
        pictures = sessions.reservePictures();
        store.setPictureCode(row.id(), pictures.key());
      }
      SessionHost host = sessions.host(state, pictures, seq);
      if (!events.isEmpty()) {
        host.lastEventWas(events.get(events.size() - 1).at());
      }
      sessions.register(host);
      state.pupils().values().forEach(p -> sessions.byToken.put(p.resumeToken(), host));
    }
    return sessions;
  }

  /** A session as its stored events leave it. */
  static SessionState replay(List<StoredEvent> events) {
    SessionState state = SessionState.empty();
    for (StoredEvent stored : events) {
      state = SessionCore.evolve(state, WireCodec.readEvent(stored.type(), stored.body()));
    }
    return state;
  }

  /** Completes once every session has written what it decided. */
  Future<Void> idle() {
    List<Future<Void>> idle = new ArrayList<>();
    byId.values().forEach(host -> idle.add(host.idle()));
    return Future.join(idle).mapEmpty();
  }

  /** The number of open sessions. */
  public int size() {
    return byId.size();
  }

  /**
   * Opens a session of {@code scene} for a teacher under a fresh join code; completes once it is
   * stored.
   */
  public Future<SessionState> open(String teacherId, Scene scene, String preset, Language language) {
    String id = UUID.randomUUID().toString();
    String code = reserveCode();
    PictureCode pictures = reservePictures();
    Decision decision = SessionCore.decide(SessionState.empty(), new Actor.Teacher(teacherId),
        new Command.OpenSession(id, code, SceneRules.of(scene), preset, language), clock.instant());
    Event.SessionOpened opened = (Event.SessionOpened) decision.events().get(0);
    SessionState state = SessionCore.evolve(SessionState.empty(), opened);
    return db.executeBlocking(() -> {
      store.create(new SessionRow(id, teacherId, code, scene.id(), preset, language.code(), true, opened.at(), null,
          pictures.key()));
      store.append(id, List.of(stored(new Reply.Happened(1, opened))));
      return state;
    }, false).onComplete(done -> {
      if (done.succeeded()) {
        register(host(state, pictures, 1));
      } else {
        codesInUse.remove(code);
        picturesInUse.remove(pictures);
      }
    });
  }

  /** The open session with this join code (as typed: case and look-alikes forgiven), or null. */
  SessionHost byCode(String typed) {
    if (typed == null) {
      return null;
    }
    String code = JoinCodes.normalize(typed);
    SessionHost host = code == null ? null : byCode.get(code);
    return host != null ? host : byCode.get(typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * The key a session's code is found under: the code as normalized. A session opened before the
   * alphabet lost its look-alikes may have a code normalize reads differently (Q as O) or not at
   * all (W): it is found under the code as normalized, or else as it is.
   */
  private static String keyOf(String code) {
    String normalized = JoinCodes.normalize(code);
    return normalized == null ? code : normalized;
  }

  /** The open session with this picture code (its picture names in order), or null. */
  SessionHost byPictures(List<String> names) {
    PictureCode pictures = PictureCode.of(names);
    return pictures == null ? null : byPictures.get(pictures);
  }

  /** How many wrong join codes (letters or pictures) each address may type. */
  JoinGuard joins() {
    return joins;
  }

  /** The open session that issued this resume token (as the pupil sends it), or null. */
  SessionHost byToken(String token) {
    return token == null ? null : byToken.get(TokenHash.of(token));
  }

  /** Every open session, as of now. */
  java.util.Collection<SessionHost> hosts() {
    return List.copyOf(byId.values());
  }

  /** The open session with this id, or null. */
  public SessionHost byId(String id) {
    return byId.get(id);
  }

  String newPupilId() {
    return "p-" + token(9);
  }

  /** A resume token: 256 random bits, so that its plain hash is all the server needs to keep. */
  String newToken() {
    return token(32);
  }

  @Override
  public void tokenIssued(String tokenHash, SessionHost host) {
    byToken.put(tokenHash, host);
  }

  @Override
  public void ended(SessionHost host) {
    byId.remove(host.id());
    byCode.remove(keyOf(host.state().code()), host);
    codesInUse.remove(keyOf(host.state().code()));
    byPictures.remove(host.pictures(), host);
    picturesInUse.remove(host.pictures());
    host.state().pupils().values().forEach(pupil -> byToken.remove(pupil.resumeToken(), host));
  }

  /** A code no open session uses, held from its choice until its session ends. */
  private String reserveCode() {
    while (true) {
      String code = JoinCodes.next(random, codesInUse);
      if (codesInUse.add(code)) {
        return code;
      }
    }
  }

  /** A picture code no open session uses, held from its choice until its session ends. */
  private PictureCode reservePictures() {
    while (true) {
      PictureCode pictures = PictureCode.next(random, picturesInUse);
      if (picturesInUse.add(pictures)) {
        return pictures;
      }
    }
  }

  private void register(SessionHost host) {
    codesInUse.add(keyOf(host.state().code()));
    picturesInUse.add(host.pictures());
    byId.put(host.id(), host);
    byCode.put(keyOf(host.state().code()), host);
    byPictures.put(host.pictures(), host);
  }

  private SessionHost host(SessionState state, PictureCode pictures, long seq) {
    return new SessionHost(((VertxInternal) vertx).createEventLoopContext(), state, pictures, seq, this::append, this,
        clock, maxPupils);
  }

  private Future<Void> append(String sessionId, List<Reply.Happened> events) {
    List<StoredEvent> rows = new ArrayList<>(events.size());
    for (Reply.Happened happened : events) {
      rows.add(stored(happened));
    }
    return db.executeBlocking(() -> {
      store.append(sessionId, rows);
      return null;
    }, false);
  }

  private StoredEvent stored(Reply.Happened happened) {
    return new StoredEvent(happened.seq(), WireCodec.typeOf(happened.event()),
        WireCodec.storeEvent(happened.event()), clock.instant());
  }

  private String token(int bytes) {
    byte[] raw = new byte[bytes];
    random.nextBytes(raw);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }
}
