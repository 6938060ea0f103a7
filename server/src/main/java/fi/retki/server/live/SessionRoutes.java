package fi.retki.server.live;

import fi.retki.assets.image.Images;
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
import fi.retki.server.http.HttpProblem;
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
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

  public SessionRoutes(LiveSessions sessions, WorkerExecutor db, SessionStore store, Snapshots snapshots,
      ContentStore blobs, Supplier<Catalogue> catalogue, Clock clock) {
    this.sessions = sessions;
    this.db = db;
    this.store = store;
    this.snapshots = snapshots;
    this.blobs = blobs;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** Adds the routes; teacher routes pass {@code auth} first. */
  public void mount(Router router, TeacherAuth auth) {
    router.post("/api/sessions").handler(BodyHandler.create().setBodyLimit(4096)).handler(auth::requireTeacher)
        .handler(this::start);
    router.get("/api/sessions").handler(auth::requireTeacher).handler(this::list);
    router.get("/api/sessions/:id/work").handler(auth::requireTeacher).handler(this::work);
    router.get("/api/sessions/:id/export.zip").handler(auth::requireTeacher).handler(this::export);
    router.get("/api/sessions/:id/snapshots/:snapshot").handler(auth::requireTeacher).handler(this::snapshot);
    router.post("/api/live/snapshots")
        .handler(BodyHandler.create().setBodyLimit(SessionCore.MAX_SNAPSHOT).setHandleFileUploads(false))
        .handler(this::upload);
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
      TeacherAuth.json(ctx, 201, new JsonObject().put("id", state.sessionId()).put("code", state.code())
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
        list.add(new JsonObject().put("id", row.id()).put("code", row.code()).put("scene", row.sceneId())
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
      TeacherAuth.json(ctx, 200, new JsonObject(found.result().toString()));
    });
  }

  private void export(RoutingContext ctx) {
    own(ctx).compose(work -> db.executeBlocking(() -> {
      Map<String, byte[]> files = new LinkedHashMap<>();
      for (com.fasterxml.jackson.databind.JsonNode shot : work.path("snapshots")) {
        SnapshotRow row = snapshots.byId(shot.path("id").asText()).orElseThrow();
        files.put(row.id(), blobs.read(row.sha256()));
      }
      return SavedWork.zip(work, files);
    }, false)).onComplete(zipped -> {
      if (zipped.failed()) {
        ctx.fail(zipped.cause());
        return;
      }
      ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/zip")
          .putHeader("Content-Disposition", "attachment; filename=\"retki-" + ctx.pathParam("id") + ".zip\"")
          .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end(Buffer.buffer(zipped.result()));
    });
  }

  private void snapshot(RoutingContext ctx) {
    String sessionId = ctx.pathParam("id");
    String teacherId = TeacherAuth.teacher(ctx).teacherId();
    String snapshotId = ctx.pathParam("snapshot");
    db.executeBlocking(() -> {
      SessionRow row = store.byId(sessionId).filter(r -> r.teacherId().equals(teacherId)).orElse(null);
      SnapshotRow shot = snapshots.byId(snapshotId).filter(s -> s.sessionId().equals(sessionId)).orElse(null);
      return row == null || shot == null ? null : blobs.read(shot.sha256());
    }, false).onComplete(read -> {
      if (read.failed()) {
        ctx.fail(read.cause());
      } else if (read.result() == null) {
        ctx.fail(HttpProblem.notFound("you have no snapshot " + snapshotId + " in session " + sessionId));
      } else {
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "image/png").putHeader(HttpHeaders.CACHE_CONTROL, "private")
            .end(Buffer.buffer(read.result()));
      }
    });
  }

  /** A pupil's snapshot: stored, recorded, and acknowledged once its event is committed. */
  private void upload(RoutingContext ctx) {
    String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).strip() : null;
    SessionHost host = sessions.byToken(token);
    SessionState.Pupil pupil = host == null ? null : host.state().pupils().values().stream()
        .filter(p -> p.resumeToken().equals(fi.retki.server.store.TokenHash.of(token))).findFirst().orElse(null);
    if (pupil == null) {
      throw HttpProblem.unauthorized("send the resume token of a pupil in an open session as \"Authorization: Bearer ...\"");
    }
    byte[] png = ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
    if (Images.sniff(png) != MediaType.PNG) {
      throw new HttpProblem(415, "Unsupported media type", "a snapshot is a PNG image");
    }
    String snapshotId = "x-" + UUID.randomUUID();
    db.executeBlocking(() -> {
      String sha = blobs.put(png).sha256();
      snapshots.put(new SnapshotRow(snapshotId, host.id(), pupil.id(), sha, png.length, clock.instant()));
      return sha;
    }, false).compose(sha -> {
      io.vertx.core.Promise<fi.retki.scenes.live.Decision> decided = io.vertx.core.Promise.promise();
      host.submit(new Actor.Pupil(pupil.id()), new Command.AttachSnapshot(snapshotId, png.length), decided::complete);
      return decided.future();
    }).onComplete(decided -> {
      if (decided.failed()) {
        ctx.fail(decided.cause());
      } else if (!decided.result().accepted()) {
        ctx.fail(new HttpProblem(409, "Refused", decided.result().rejection().message()));
      } else {
        TeacherAuth.json(ctx, 201, new JsonObject().put("snapshotId", snapshotId).put("bytes", png.length));
      }
    });
  }

  /** The saved work of the requested session, if it is the signed-in teacher's own. */
  private Future<com.fasterxml.jackson.databind.node.ObjectNode> own(RoutingContext ctx) {
    String sessionId = ctx.pathParam("id");
    Login login = TeacherAuth.teacher(ctx);
    SessionHost live = sessions.byId(sessionId);
    return db.executeBlocking(() -> {
      SessionRow row = store.byId(sessionId).filter(r -> r.teacherId().equals(login.teacherId()))
          .orElseThrow(() -> HttpProblem.notFound("you have no session " + sessionId));
      SessionState state = live != null ? live.state() : LiveSessions.replay(store.events(sessionId));
      return SavedWork.json(row, state, snapshots.ofSession(sessionId));
    }, false);
  }
}
