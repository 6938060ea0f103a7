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
import fi.retki.server.store.SessionOwners;
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
  private final JoinLimits joins;
  private final SessionOwners owners;
  private final String node;
  private final boolean clustered;

  private LiveSessions(Vertx vertx, WorkerExecutor db, SessionStore store, SessionOwners owners, String node,
      boolean clustered, Clock clock, int maxPupils) {
    this.vertx = vertx;
    this.db = db;
    this.store = store;
    this.owners = owners;
    this.node = node;
    this.clustered = clustered;
    this.clock = clock;
    this.maxPupils = maxPupils;
    this.joins = JoinLimits.forVertx(vertx);
  }

  /**
   * Where a session is run: here ({@code host}), on another node ({@code node}), or by nobody just
   * now ({@code node} null: its node has died and another is taking it over).
   */
  record Place(SessionHost host, String sessionId, String node) {
    static Place here(SessionHost host) {
      return new Place(host, host.id(), null);
    }
  }

  /**
   * Sessions on this server, which is node {@code node}. A single server brings back every open
   * session from the store, its roster shown as disconnected until each pupil comes back; a node
   * of a cluster starts with none and adopts the sessions whose node has died ({@link Adoption}).
   * A session takes at most {@code maxPupils} pupils. Blocking: call it on a worker thread.
   */
  public static LiveSessions restore(Vertx vertx, WorkerExecutor db, SessionStore store, SessionOwners owners,
      String node, boolean clustered, Clock clock, int maxPupils) {
    LiveSessions sessions = new LiveSessions(vertx, db, store, owners, node, clustered, clock, maxPupils);
    if (!clustered) {
      List<SessionRow> open = store.open();
      for (SessionRow row : open) {
        PictureCode stored = PictureCode.ofKey(row.pictureCode());
        if (stored != null) {
          sessions.picturesInUse.add(stored); // before any is drawn for a session that has none
        }
      }
      for (SessionRow row : open) {
        sessions.adopt(row.id(), null);
      }
    }
    return sessions;
  }

  /**
   * Takes the open session {@code sessionId} over from node {@code from} (from whichever node
   * had it, if null) and runs it here, as its stored events leave it: true if this node now runs
   * it. Blocking: call it on a worker thread.
   */
  boolean adopt(String sessionId, String from) {
    java.util.Optional<fi.retki.server.store.Owner> taken = owners.takeOver(sessionId, from, node);
    if (taken.isEmpty()) {
      return false;
    }
    SessionRow row = store.byId(sessionId).orElseThrow();
    PictureCode stored = PictureCode.ofKey(row.pictureCode());
    if (stored != null) {
      picturesInUse.add(stored);
    }
    List<StoredEvent> events = store.events(row.id());
    SessionState state = replay(events);
    long seq = events.isEmpty() ? 0 : events.get(events.size() - 1).seq();
    if (state.status() != SessionState.Status.OPEN) {
      return false;
    }
    for (SessionState.Pupil pupil : state.pupils().values()) {
      if (pupil.connected()) {
        state = SessionCore.evolve(state, new Event.PupilDisconnected(pupil.id()));
      }
    }
    PictureCode pictures = stored;
    if (pictures == null) {
      pictures = reservePictures();
      store.setPictureCode(row.id(), pictures.key());
    }
    List<String> tokens = new ArrayList<>();
    state.pupils().values().forEach(p -> tokens.add(p.resumeToken()));
    owners.remember(row.id(), List.of(keyOf(row.code()), pictures.key()), tokens);
    SessionHost host = host(state, pictures, seq, taken.get());
    if (!events.isEmpty()) {
      host.lastEventWas(events.get(events.size() - 1).at());
    }
    register(host);
    state.pupils().values().forEach(p -> byToken.put(p.resumeToken(), host));
    fi.retki.server.EventLog.info("event=session-adopted session=" + sessionId + " node=" + node + " from="
        + from + " epoch=" + taken.get().epoch() + " pupils=" + state.pupils().size() + " events=" + events.size());
    return true;
  }

  /** This node's id: the cluster's for a node, this run's for a single server. */
  String node() {
    return node;
  }

  /** True if this server is a node of a cluster. */
  boolean clustered() {
    return clustered;
  }

  /** Who runs which session, in the database every node shares. */
  SessionOwners owners() {
    return owners;
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
    fi.retki.server.store.Owner fence = new fi.retki.server.store.Owner(node, 1);
    return db.executeBlocking(() -> {
      // Codes are unique across every server: the database holds them, and a code another node
      // took in the meantime is drawn again.
      for (int tries = 0; ; tries++) {
        String code = reserveCode();
        PictureCode pictures = reservePictures();
        Decision decision = SessionCore.decide(SessionState.empty(), new Actor.Teacher(teacherId),
            new Command.OpenSession(id, code, SceneRules.of(scene), preset, language), clock.instant());
        Event.SessionOpened opened = (Event.SessionOpened) decision.events().get(0);
        SessionState state = SessionCore.evolve(SessionState.empty(), opened);
        boolean created;
        try {
          created = store.create(new SessionRow(id, teacherId, code, scene.id(), preset, language.code(), true,
              opened.at(), null, pictures.key()), fence, List.of(keyOf(code), pictures.key()));
          if (created) {
            store.append(id, List.of(stored(new Reply.Happened(1, opened))), fence, List.of());
          }
        } catch (RuntimeException e) {
          codesInUse.remove(code);
          picturesInUse.remove(pictures);
          throw e;
        }
        if (created) {
          register(host(state, pictures, 1, fence));
          return state;
        }
        codesInUse.remove(code);
        picturesInUse.remove(pictures);
        if (tries == 20) {
          throw new IllegalStateException("no free join code after 20 tries");
        }
      }
    }, false);
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
  JoinLimits joins() {
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

  /*
   * Finding a session from any node: this node's own sessions first, from memory; on a node of a
   * cluster, then the database every node shares (one indexed read on retki-db), which says
   * which node runs it. A single server never asks the database.
   */

  /** Where the open session with this join code (as typed) is run; null if there is none. */
  Future<Place> findByCode(String typed) {
    SessionHost here = byCode(typed);
    if (here != null || !clustered || typed == null) {
      return Future.succeededFuture(here == null ? null : Place.here(here));
    }
    String code = JoinCodes.normalize(typed);
    String key = code != null ? code : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    return elsewhere(() -> owners.byCode(key));
  }

  /** Where the open session with this picture code is run; null if there is none. */
  Future<Place> findByPictures(List<String> names) {
    SessionHost here = byPictures(names);
    PictureCode pictures = PictureCode.of(names);
    if (here != null || !clustered || pictures == null) {
      return Future.succeededFuture(here == null ? null : Place.here(here));
    }
    return elsewhere(() -> owners.byCode(pictures.key()));
  }

  /** Where the open session that issued this resume token (as the pupil sends it) is run; null if none. */
  Future<Place> findByToken(String token) {
    SessionHost here = byToken(token);
    if (here != null || !clustered || token == null) {
      return Future.succeededFuture(here == null ? null : Place.here(here));
    }
    String hash = TokenHash.of(token);
    return elsewhere(() -> owners.byToken(hash));
  }

  /** Where the open session with this id is run; null if there is none. */
  Future<Place> findById(String id) {
    SessionHost here = byId(id);
    if (here != null || !clustered || id == null) {
      return Future.succeededFuture(here == null ? null : Place.here(here));
    }
    return elsewhere(() -> owners.byId(id));
  }

  private Future<Place> elsewhere(java.util.function.Supplier<java.util.Optional<SessionOwners.Located>> lookup) {
    return db.executeBlocking(() -> {
      SessionOwners.Located located = lookup.get().orElse(null);
      if (located == null) {
        return null;
      }
      SessionHost here = byId(located.sessionId());
      if (here != null) {
        return Place.here(here);
      }
      // Run here by the database but not (or no longer) in memory: adopted or lost a moment ago.
      String runner = node.equals(located.node()) ? null : located.node();
      return new Place(null, located.sessionId(), runner);
    }, false);
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

  private SessionHost host(SessionState state, PictureCode pictures, long seq, fi.retki.server.store.Owner fence) {
    return new SessionHost(((VertxInternal) vertx).createEventLoopContext(), state, pictures, seq, fence, this::append,
        this, clock, maxPupils);
  }

  private Future<Void> append(String sessionId, fi.retki.server.store.Owner fence, List<Reply.Happened> events) {
    List<StoredEvent> rows = new ArrayList<>(events.size());
    List<String> tokens = new ArrayList<>();
    for (Reply.Happened happened : events) {
      rows.add(stored(happened));
      if (happened.event() instanceof Event.PupilJoined joined) {
        tokens.add(joined.resumeToken());
      }
    }
    return db.executeBlocking(() -> {
      store.append(sessionId, rows, fence, tokens);
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
