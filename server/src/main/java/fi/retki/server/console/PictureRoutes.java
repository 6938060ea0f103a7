package fi.retki.server.console;

import fi.retki.assets.pictures.PictureArt;
import fi.retki.scenes.live.Picture;
import fi.retki.server.http.HttpProblem;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the pictures of picture codes as PNG: {@code /console/pictures/v1/cat.png}. The version
 * in the path is {@link PictureArt#VERSION}, so the answer never changes and browsers keep it.
 */
final class PictureRoutes {
  /*
   * A picture is drawn once per server, on a worker thread (Java2D is not for the event loop), and
   * its PNG kept for good: 16 pictures of about 10 KiB. Two first requests at once may both draw
   * it, which costs a few milliseconds and nothing else.
   */
  static final String PREFIX = "/console/pictures/v" + PictureArt.VERSION + "/";
  /** Big enough for a projector, also on a screen with two device pixels to a CSS pixel. */
  static final int SIZE = 320;

  private static final Map<Picture, Buffer> DRAWN = new ConcurrentHashMap<>();

  private PictureRoutes() {}

  static void mount(Router router) {
    router.route(PREFIX + ":file").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(PictureRoutes::serve);
  }

  private static void serve(RoutingContext ctx) {
    String file = ctx.pathParam("file");
    Picture picture = file.endsWith(".png") ? Picture.ofWireName(file.substring(0, file.length() - 4)) : null;
    if (picture == null) {
      throw HttpProblem.notFound("there is no picture \"" + file + "\"; the pictures are "
          + String.join(", ", java.util.Arrays.stream(Picture.values()).map(p -> p.wireName() + ".png").toList()));
    }
    String etag = "\"v" + PictureArt.VERSION + "-" + picture.wireName() + "\"";
    ctx.response().headers()
        .set("Content-Type", "image/png")
        .set("Cache-Control", "public, max-age=31536000, immutable")
        .set("ETag", etag)
        .set("X-Content-Type-Options", "nosniff");
    if (etag.equals(ctx.request().getHeader("If-None-Match"))) {
      ctx.response().setStatusCode(304).end();
      return;
    }
    Buffer drawn = DRAWN.get(picture);
    if (drawn != null) {
      send(ctx, drawn);
      return;
    }
    ctx.vertx().executeBlocking(() -> Buffer.buffer(PictureArt.png(picture, SIZE)), false).onComplete(done -> {
      if (done.failed()) {
        ctx.fail(done.cause());
        return;
      }
      DRAWN.putIfAbsent(picture, done.result());
      send(ctx, done.result());
    });
  }

  private static void send(RoutingContext ctx, Buffer png) {
    ctx.response().putHeader("Content-Length", String.valueOf(png.length()));
    if (ctx.request().method() == HttpMethod.HEAD) {
      ctx.response().end();
    } else {
      ctx.response().end(png);
    }
  }
}
