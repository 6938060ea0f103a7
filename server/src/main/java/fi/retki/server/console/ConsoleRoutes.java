package fi.retki.server.console;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * Serves the teacher console's files: {@code /} is its page, {@code /console/*} its styles and
 * scripts, {@code /console/pictures/v1/*} the pictures of picture codes.
 */
public final class ConsoleRoutes {
  /*
   * The files are small and change with every release, so browsers revalidate them each time
   * (no-cache) rather than keep a stale console next to a newer server. The page loads nothing
   * from elsewhere and has no inline script or style, which lets the policy be strict: an injected
   * script tag, or a request to another host, is refused by the browser.
   */
  static final String ROOT = "fi/retki/server/console";
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; connect-src 'self'";

  private ConsoleRoutes() {}

  /** Adds the console's routes to {@code router}. */
  public static void mount(Router router) {
    StaticHandler files = StaticHandler.create(ROOT)
        .setCachingEnabled(false)
        .setDirectoryListing(false)
        .setIndexPage("index.html");
    PictureRoutes.mount(router);
    router.route("/").method(HttpMethod.GET).method(HttpMethod.HEAD)
        .handler(ConsoleRoutes::secure).handler(files);
    router.route("/console/*").method(HttpMethod.GET).method(HttpMethod.HEAD)
        .handler(ConsoleRoutes::secure).handler(files);
  }

  private static void secure(RoutingContext ctx) {
    ctx.response().headers()
        .set("Cache-Control", "no-cache")
        .set("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .set("X-Content-Type-Options", "nosniff")
        .set("Referrer-Policy", "no-referrer");
    ctx.next();
  }
}
