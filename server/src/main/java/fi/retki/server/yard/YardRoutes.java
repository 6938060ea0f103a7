package fi.retki.server.yard;

import fi.retki.server.http.HttpProblem;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Function;

/**
 * The yard of a planning scene from above, for the console's live map: {@code GET
 * /api/scenes/{id}/yard} (the area, the view, the landmarks, in metres) and {@code GET
 * /api/scenes/{id}/yard.jpg} (the picture). As public as the scene itself. Maps are drawn on
 * the given worker pool, never on an event loop.
 */
public final class YardRoutes {
  private final YardMaps maps;
  private final Function<RoutingContext, WorkerExecutor> workers;

  /** Routes over {@code maps}; {@code workers} gives the pool a request's map is drawn on. */
  public YardRoutes(YardMaps maps, Function<RoutingContext, WorkerExecutor> workers) {
    this.maps = maps;
    this.workers = workers;
  }

  public void mount(Router router) {
    router.get("/api/scenes/:id/yard").handler(this::yard);
    router.get("/api/scenes/:id/yard.jpg").handler(this::picture);
  }

  private void yard(RoutingContext ctx) {
    String sceneId = ctx.pathParam("id");
    workers.apply(ctx).executeBlocking(() -> maps.map(sceneId), false).onComplete(found -> {
      if (found.failed()) {
        ctx.fail(found.cause());
      } else if (found.result() == null) {
        ctx.fail(notPlanning(sceneId));
      } else {
        String href = "/api/scenes/" + sceneId + "/yard.jpg";
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
            .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache").end(found.result().json(href).toString());
      }
    });
  }

  private void picture(RoutingContext ctx) {
    String sceneId = ctx.pathParam("id");
    workers.apply(ctx).executeBlocking(() -> maps.jpeg(sceneId), false).onComplete(found -> {
      if (found.failed()) {
        ctx.fail(found.cause());
      } else if (found.result() == null) {
        ctx.fail(notPlanning(sceneId));
      } else {
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "image/jpeg")
            .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache").end(Buffer.buffer(found.result()));
      }
    });
  }

  private static HttpProblem notPlanning(String sceneId) {
    return HttpProblem.notFound("there is no planning scene " + sceneId + "; GET /api/scenes lists the scenes,"
        + " and those of kind \"planning\" have a yard");
  }
}
