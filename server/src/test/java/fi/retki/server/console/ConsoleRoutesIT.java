package fi.retki.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.server.http.FailureHandler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console's files over a real socket: where they are, and the headers that guard them. */
class ConsoleRoutesIT {
  static Vertx vertx;
  static HttpServer server;
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    Router router = Router.router(vertx);
    ConsoleRoutes.mount(router);
    router.route().failureHandler(new FailureHandler());
    server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").await(10, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theRootIsTheConsolePageWithStrictHeaders() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.headers().firstValue("content-security-policy"))
        .hasValue("default-src 'self'; img-src 'self' data:; connect-src 'self'");
    assertThat(page.headers().firstValue("x-content-type-options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("cache-control")).hasValue("no-cache");
    assertThat(page.body()).contains("<script type=\"module\" src=\"/console/console.js\"></script>")
        .doesNotContain("src=\"http").doesNotContain("href=\"http");
  }

  @Test
  void scriptsAndStylesComeFromConsoleWithTheirTypes() throws Exception {
    for (String module : new String[] {"console.js", "i18n.js", "api.js", "live.js", "session.js", "plan.js"}) {
      HttpResponse<String> script = get("/console/" + module);
      assertThat(script.statusCode()).as(module).isEqualTo(200);
      assertThat(script.headers().firstValue("content-type")).as(module)
          .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
      assertThat(script.headers().firstValue("content-security-policy")).as(module).isPresent();
    }
    assertThat(get("/console/console.css").headers().firstValue("content-type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
  }

  @Test
  void nothingOutsideTheConsoleFolderIsServed() throws Exception {
    assertThat(get("/console/nothing.js").statusCode()).isEqualTo(404);
    assertThat(get("/console/../packs/rainforest/scene.json").statusCode()).isEqualTo(404);
    assertThat(get("/console/%2e%2e/ConsoleRoutes.class").statusCode()).isEqualTo(404);
    assertThat(get("/index.html").statusCode()).isEqualTo(404);
  }
}
