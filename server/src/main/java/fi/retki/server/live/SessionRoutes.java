package fi.retki.server.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.retki.assets.image.Images;
import fi.retki.assets.image.PngCheck;
import fi.retki.assets.store.ContentStore;
import fi.retki.scenes.Language;
import fi.retki.scenes.MediaType;
import fi.retki.scenes.Preset;
import fi.retki.scenes.Scene;
import fi.retki.scenes.live.Actor;
import fi.retki.scenes.live.Command;
import fi.retki.scenes.live.SessionCore;
import fi.retki.scenes.live.SessionState;
import fi.retki.scenes.wire.WireCodec;
import fi.retki.server.catalogue.Catalogue;
import fi.retki.server.http.BoundedBody;
import fi.retki.server.http.HttpProblem;
import fi.retki.server.http.JsonBody;
import fi.retki.server.store.Login;
import fi.retki.server.store.SessionRow;
import fi.retki.server.store.SessionStore;
import fi.retki.server.store.SnapshotRow;
import fi.retki.server.store.Snapshots;
import fi.retki.server.store.StoredEvent;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import fi.retki.server.yard.PlanPicture;
import fi.retki.server.yard.YardMap;
import fi.retki.server.yard.YardMaps;
import fi.retki.server.yard.YardRoutes;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The HTTP side of live sessions: a teacher starts sessions and fetches their saved work; a pupil
 * uploads snapshots with their resume token. A teacher only ever sees their own sessions.
 */
public final class SessionRoutes {
  private final LiveSessions sessions;
  private final WorkerExecutor db;
  private final SessionStore store;
  private final Snapshots snapshots;
  private final ContentStore blobs;
  private final Supplier<Catalogue> catalogue;
  private final Clock clock;
  private final AtomicLong receiving = new AtomicLong();
  private final YardMaps yards;
  private final ZoneId zone = ZoneId.systemDefault();
  private volatile WorkerExecutor images;

  /** The most bytes of snapshots received and checked at once, across every pupil. */
  static final long UPLOADS_IN_FLIGHT = 64L << 20;

  /** A session's saved work: its row, its state, and the JSON the console is sent. */
  private record Work(SessionRow row, SessionState state, ObjectNode json) {}

  /** Whose snapshot a request carries: a pupil of a session run here or on another node. */
  private record Uploader(LiveSessions.Place place, String pupilId) {}

  private final NodeBus bus;

  public SessionRoutes(LiveSessions sessions, NodeBus bus, WorkerExecutor db, SessionStore store, Snapshots snapshots,
      ContentStore blobs, Supplier<Catalogue> catalogue, Clock clock) {
    this.sessions = sessions;
    this.bus = bus;
    this.db = db;
    this.store = store;
    this.snapshots = snapshots;
    this.blobs = blobs;
    this.catalogue = catalogue;
    this.clock = clock;
    this.yards = new YardMaps(blobs, catalogue);
  }

  /** Adds the routes; teacher routes pass {@code auth} first. */
  public void mount(Router router, TeacherAuth auth) {
    router.post("/api/sessions").handler(JsonBody.limitedTo(4096)).handler(auth::requireTeacher)
        .handler(this::start);
    router.get("/api/sessions").handler(auth::requireTeacher).handler(this::list);
    router.get("/api/sessions/:id/work").handler(auth::requireTeacher).handler(this::work);
    router.get("/api/sessions/:id/export.zip").handler(auth::requireTeacher).handler(this::export);
    router.get("/api/sessions/:id/plan.png").handler(auth::requireTeacher).handler(this::planPicture);
    router.get("/api/sessions/:id/snapshots/:snapshot").handler(auth::requireTeacher).handler(this::snapshot);
    router.post("/api/live/snapshots").handler(this::upload);
    new YardRoutes(yards, this::images).mount(router); // maps are drawn on the images pool
  }

  private void start(RoutingContext ctx) {
    JsonObject body = ctx.body().asJsonObject();
    String sceneId = body == null ? null : body.getString("scene");
    Scene scene = sceneId == null ? null : catalogue.get().sceneModel(sceneId);
    if (scene == null) {
      throw HttpProblem.badRequest("\"scene\" must name a scene of GET /api/scenes, not " + sceneId);
    }
    String preset = body.getString("preset", scene.presets().get(0).id());
    if (scene.presets().stream().map(Preset::id).noneMatch(preset::equals)) {
      throw HttpProblem.badRequest("scene " + sceneId + " has no preset \"" + preset + "\"");
    }
    Language language = Language.ofCode(body.getString("language", "fi"));
    if (language == null) {
      throw HttpProblem.badRequest("\"language\" is fi, sv or en");
    }
    sessions.open(TeacherAuth.teacher(ctx).teacherId(), scene, preset, language).onComplete(opened -> {
      if (opened.failed()) {
        ctx.fail(opened.cause());
        return;
      }
      SessionState state = opened.result();
      SessionHost host = sessions.byId(state.sessionId());
      TeacherAuth.json(ctx, 201, new JsonObject().put("id", state.sessionId()).put("code", state.code())
          .put("pictures", host == null ? null : new JsonArray(host.pictures().names()))
          .put("scene", sceneId).put("preset", preset).put("language", language.code()));
    });
  }

  private void list(RoutingContext ctx) {
    String teacherId = TeacherAuth.teacher(ctx).teacherId();
    db.executeBlocking(() -> store.ofTeacher(teacherId), false).onComplete(found -> {
      if (found.failed()) {
        ctx.fail(found.cause());
        return;
      }
      JsonArray list = new JsonArray();
      for (SessionRow row : found.result()) {
        fi.retki.scenes.live.PictureCode pictures = fi.retki.scenes.live.PictureCode.ofKey(row.pictureCode());
        list.add(new JsonObject().put("id", row.id()).put("code", row.code())
            .put("pictures", pictures == null ? null : new JsonArray(pictures.names())).put("scene", row.sceneId())
            .put("preset", row.preset()).put("language", row.language()).put("open", row.open())
            .put("openedAt", row.openedAt().toString())
            .put("endedAt", row.endedAt() == null ? null : row.endedAt().toString()));
      }
      TeacherAuth.json(ctx, 200, new JsonObject().put("sessions", list));
    });
  }

  private void work(RoutingContext ctx) {
    own(ctx).onComplete(found -> {
      if (found.failed()) {
        ctx.fail(found.cause());
        return;
      }
      TeacherAuth.json(ctx, 200, new JsonObject(found.result().json().toString()));
    });
  }

  private void export(RoutingContext ctx) {
    own(ctx).compose(work -> db.executeBlocking(() -> {
      Map<String, byte[]> files = new LinkedHashMap<>();
      for (com.fasterxml.jackson.databind.JsonNode shot : work.json().path("snapshots")) {
        SnapshotRow row = snapshots.byId(shot.path("id").asText()).orElseThrow();
        byte[] png = snapshots.png(row.sha256());
        // Snapshots stored before they were checked on upload stay out of the gallery.
        if (png != null && PngCheck.check(png) instanceof PngCheck.Valid) {
          files.put(row.id(), png);
        }
      }
      return files;
    }, false).compose(files -> images(ctx).executeBlocking(() -> {
      Scene scene = catalogue.get().sceneModel(work.row().sceneId());
      return new Zipped(SavedWork.name(work.json(), zone),
          SavedWork.zip(work.json(), scene, plan(work), files, zone));
    }, false))).onComplete(zipped -> {
      if (zipped.failed()) {
        ctx.fail(zipped.cause());
        return;
      }
      ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/zip")
          .putHeader("Content-Disposition", "attachment; filename=\"" + zipped.result().name() + ".zip\"")
          .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end(Buffer.buffer(zipped.result().bytes()));
    });
  }

  private record Zipped(String name, byte[] bytes) {}

  /** The plan over the yard as a PNG, or {@code null} for a scene that is not a planning scene. */
  private byte[] plan(Work work) throws java.io.IOException {
    YardMap map = yards.map(work.row().sceneId());
    Language language = Language.ofCode(work.row().language());
    return map == null ? null : PlanPicture.png(map, work.state().objects().values(),
        language == null ? Language.FI : language);
  }

  private void planPicture(RoutingContext ctx) {
    own(ctx).compose(work -> images(ctx).executeBlocking(() -> plan(work), false)).onComplete(drawn -> {
      if (drawn.failed()) {
        ctx.fail(drawn.cause());
      } else if (drawn.result() == null) {
        ctx.fail(HttpProblem.notFound("session " + ctx.pathParam("id") + " is not a school-yard plan: it has no plan picture"));
      } else {
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "image/png").putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
            .end(Buffer.buffer(drawn.result()));
      }
    });
  }

  private void snapshot(RoutingContext ctx) {
    String sessionId = ctx.pathParam("id");
    String teacherId = TeacherAuth.teacher(ctx).teacherId();
    String snapshotId = ctx.pathParam("snapshot");
    db.executeBlocking(() -> {
      SessionRow row = store.byId(sessionId).filter(r -> r.teacherId().equals(teacherId)).orElse(null);
      SnapshotRow shot = snapshots.byId(snapshotId).filter(s -> s.sessionId().equals(sessionId)).orElse(null);
      byte[] png = row == null || shot == null ? null : snapshots.png(shot.sha256());
      return png == null || PngCheck.check(png) instanceof PngCheck.Valid ? png : null;
    }, false).onComplete(read -> {
      if (read.failed()) {
        ctx.fail(read.cause());
      } else if (read.result() == null) {
        ctx.fail(HttpProblem.notFound("you have no snapshot " + snapshotId + " in session " + sessionId));
      } else {
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "image/png").putHeader(HttpHeaders.CACHE_CONTROL, "private")
            .putHeader("X-Content-Type-Options", "nosniff").end(Buffer.buffer(read.result()));
      }
    });
  }

  /**
   * A pupil's snapshot. Its body is read only for a pupil's resume token and a declared size within
   * {@link SessionCore#MAX_SNAPSHOT}, and only while the snapshots being received at once stay
   * within {@link #UPLOADS_IN_FLIGHT}; until then not a byte of it is read. Then it is checked,
   * re-encoded, stored, recorded, and acknowledged once its event is committed.
   */
  private void upload(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    request.pause();
    uploaderOf(bearer(request)).onComplete(found -> {
      try {
        Uploader uploader = found.succeeded() ? found.result() : null;
        if (uploader == null) {
          throw HttpProblem.unauthorized(
              "send the resume token of a pupil in an open session as \"Authorization: Bearer ...\"");
        }
        receive(ctx, uploader);
      } catch (RuntimeException e) {
        ctx.fail(e);
      }
    });
  }

  private void receive(RoutingContext ctx, Uploader uploader) {
    HttpServerRequest request = ctx.request();
    long declared = declaredLength(request);
    reserve(ctx, declared);
    String snapshotId = "x-" + UUID.randomUUID();
    BoundedBody.read(request, SessionCore.MAX_SNAPSHOT, declared, "a snapshot may be at most "
        + SessionCore.MAX_SNAPSHOT + " bytes (5 MiB)").compose(sent -> images(ctx).executeBlocking(
            () -> checked(sent.getBytes()), false)).compose(png -> db.executeBlocking(() -> {
      String sha = blobs.put(png).sha256();
      snapshots.put(new SnapshotRow(snapshotId, uploader.place().sessionId(), uploader.pupilId(), sha, png.length,
          clock.instant()));
      return png.length;
    }, false)).compose(bytes -> attach(uploader, snapshotId, bytes)).onComplete(attached -> {
      if (attached.failed()) {
        ctx.fail(attached.cause());
      } else {
        TeacherAuth.json(ctx, 201, new JsonObject().put("snapshotId", snapshotId).put("bytes", attached.result()));
      }
    });
  }

  /** The body's declared length, or the most a snapshot may have if it comes in chunks. */
  private static long declaredLength(HttpServerRequest request) {
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    long declared;
    try {
      declared = length == null ? SessionCore.MAX_SNAPSHOT : Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      declared = -1;
    }
    if (declared < 0) {
      throw HttpProblem.badRequest("Content-Length must be a number of bytes, not " + length);
    }
    if (declared > SessionCore.MAX_SNAPSHOT) {
      throw new HttpProblem(413, "Content too large", "a snapshot may be at most " + SessionCore.MAX_SNAPSHOT
          + " bytes (5 MiB); this one says it has " + declared);
    }
    return declared;
  }

  /** Counts the bytes against {@link #UPLOADS_IN_FLIGHT} until the answer is sent (or the connection lost). */
  private void reserve(RoutingContext ctx, long bytes) {
    if (receiving.addAndGet(bytes) > UPLOADS_IN_FLIGHT) {
      receiving.addAndGet(-bytes);
      ctx.response().putHeader(HttpHeaders.RETRY_AFTER, "5");
      throw new HttpProblem(503, "Busy", "the server is receiving many snapshots at once; try again in a few seconds");
    }
    AtomicBoolean released = new AtomicBoolean();
    ctx.addEndHandler(done -> {
      if (released.compareAndSet(false, true)) {
        receiving.addAndGet(-bytes);
      }
    });
  }

  /**
   * Records the stored snapshot in the pupil's session (here, or over the event bus on the node
   * that runs it); fails with 409 if the session refuses it.
   */
  private Future<Integer> attach(Uploader uploader, String snapshotId, int bytes) {
    SessionHost host = uploader.place().host();
    Future<String> refusal;
    if (host != null) {
      io.vertx.core.Promise<String> decided = io.vertx.core.Promise.promise();
      host.submit(new Actor.Pupil(uploader.pupilId()), new Command.AttachSnapshot(snapshotId, bytes),
          decision -> decided.complete(decision.accepted() ? null : decision.rejection().message()));
      refusal = decided.future();
    } else {
      refusal = bus.attachSnapshot(uploader.place(), uploader.pupilId(), snapshotId, bytes);
    }
    return refusal.map(refused -> {
      if (refused != null) {
        throw new HttpProblem(409, "Refused", refused);
      }
      return bytes;
    });
  }

  /** The fresh PNG a snapshot's pixels make, or a problem that says why the bytes are refused. */
  private static byte[] checked(byte[] sent) {
    if (Images.sniff(sent) != MediaType.PNG) {
      throw new HttpProblem(415, "Unsupported media type", "a snapshot is a PNG image");
    }
    try {
      return PngCheck.reencode(sent);
    } catch (IllegalArgumentException e) {
      throw new HttpProblem(422, "Not a usable PNG", "the snapshot was refused: " + e.getMessage());
    }
  }

  /** The pupil, and where their open session runs, whose resume token this is; null for any other token. */
  private Future<Uploader> uploaderOf(String token) {
    if (token == null) {
      return Future.succeededFuture();
    }
    return sessions.findByToken(token).compose(place -> {
      if (place == null) {
        return Future.succeededFuture();
      }
      if (place.host() != null) {
        String hash = fi.retki.server.store.TokenHash.of(token);
        SessionState.Pupil pupil = place.host().state().pupils().values().stream()
            .filter(p -> p.resumeToken().equals(hash)).findFirst().orElse(null);
        return Future.succeededFuture(pupil == null ? null : new Uploader(place, pupil.id()));
      }
      return bus.pupilOf(place, token).map(pupilId -> pupilId == null ? null : new Uploader(place, pupilId));
    });
  }

  private static String bearer(HttpServerRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).strip() : null;
  }

  /** The small pool that decodes snapshots: two at a time bounds their memory (64 MiB each at most). */
  private WorkerExecutor images(RoutingContext ctx) {
    WorkerExecutor pool = images;
    if (pool == null) {
      synchronized (this) {
        if (images == null) {
          images = ctx.vertx().createSharedWorkerExecutor("retki-images", 2);
        }
        pool = images;
      }
    }
    return pool;
  }

  /** The saved work of the requested session, if it is the signed-in teacher's own. */
  private Future<Work> own(RoutingContext ctx) {
    String sessionId = ctx.pathParam("id");
    Login login = TeacherAuth.teacher(ctx);
    SessionHost live = sessions.byId(sessionId);
    return db.executeBlocking(() -> {
      SessionRow row = store.byId(sessionId).filter(r -> r.teacherId().equals(login.teacherId()))
          .orElseThrow(() -> HttpProblem.notFound("you have no session " + sessionId));
      SessionState state = live != null ? live.state() : LiveSessions.replay(store.events(sessionId));
      Scene scene = catalogue.get().sceneModel(row.sceneId());
      boolean planning = scene != null && scene.palette() != null;
      return new Work(row, state, SavedWork.json(row, state, snapshots.ofSession(sessionId), planning));
    }, false);
  }
}
