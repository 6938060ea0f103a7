package fi.retki.server.live;

import fi.retki.server.http.HttpProblem;
import fi.retki.server.http.JsonBody;
import fi.retki.server.store.Login;
import fi.retki.server.store.Logins;
import fi.retki.server.store.NewLogin;
import fi.retki.server.store.Teacher;
import fi.retki.server.store.Teachers;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Teachers' sign-in: {@code POST /api/login}, {@code /api/logout}, {@code GET /api/me}, and the
 * check every other teacher route and the console's WebSocket make. The session cookie is
 * {@code HttpOnly} and {@code SameSite=Strict} ({@code Secure} under TLS); state-changing requests
 * also carry the login's CSRF token in {@code X-CSRF-Token}. Failed sign-ins are limited per
 * name (5 a minute) and per address (30 a minute).
 */
public final class TeacherAuth {
  static final String COOKIE = "retki_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final String TEACHER = "teacher";
  private static final Duration LOGIN_TTL = Duration.ofHours(12);

  private final WorkerExecutor db;
  private final Teachers teachers;
  private final Logins logins;
  private final Clock clock;
  private final boolean secure;
  // Per name: 5 failures a minute. Per address: 30, since a whole school may share one address.
  private final SignInLimiter byName = new SignInLimiter(5, 60_000);
  private final SignInLimiter byAddress = new SignInLimiter(30, 60_000);

  public TeacherAuth(WorkerExecutor db, Teachers teachers, Logins logins, Clock clock, boolean secure) {
    this.db = db;
    this.teachers = teachers;
    this.logins = logins;
    this.clock = clock;
    this.secure = secure;
  }

  /** Adds the sign-in routes. */
  public void mount(Router router) {
    router.post("/api/login").handler(JsonBody.limitedTo(4096)).handler(this::login);
    router.post("/api/logout").handler(this::requireTeacher).handler(this::logout);
    router.get("/api/me").handler(this::requireTeacher).handler(this::me);
  }

  /** The signed-in teacher of this request, once {@link #requireTeacher} has passed. */
  static Login teacher(RoutingContext ctx) {
    return ctx.get(TEACHER);
  }

  /**
   * Lets the request on only for a signed-in teacher, and for a state-changing method only with
   * the login's CSRF token.
   */
  public void requireTeacher(RoutingContext ctx) {
    String token = tokenOf(ctx.request().getHeader(HttpHeaders.COOKIE));
    if (token == null) {
      ctx.fail(HttpProblem.unauthorized("sign in first"));
      return;
    }
    db.executeBlocking(() -> logins.find(token, clock.instant()), false).onComplete(found -> {
      if (found.failed()) {
        ctx.fail(found.cause());
      } else if (found.result().isEmpty()) {
        ctx.fail(HttpProblem.unauthorized("your sign-in has expired; sign in again"));
      } else if (changesState(ctx.request().method())
          && !found.result().get().csrf().equals(ctx.request().getHeader(CSRF_HEADER))) {
        ctx.fail(HttpProblem.forbidden("the request lacks this sign-in's " + CSRF_HEADER + " header"));
      } else {
        ctx.put(TEACHER, found.result().get());
        ctx.next();
      }
    });
  }

  /** The teacher id behind a WebSocket's cookie, or null (also for a page of another origin). */
  Future<String> teacherOf(ServerWebSocket socket) {
    String origin = socket.headers().get(HttpHeaders.ORIGIN);
    String host = socket.headers().get(HttpHeaders.HOST);
    if (origin != null && (host == null || !origin.endsWith("://" + host))) {
      return Future.succeededFuture(null);
    }
    String token = tokenOf(socket.headers().get(HttpHeaders.COOKIE));
    if (token == null) {
      return Future.succeededFuture(null);
    }
    return db.executeBlocking(() -> logins.find(token, clock.instant()).map(Login::teacherId).orElse(null), false);
  }

  private void login(RoutingContext ctx) {
    JsonObject body;
    try {
      body = ctx.body().asJsonObject();
    } catch (RuntimeException e) {
      body = null;
    }
    if (body == null || !(body.getValue("name") instanceof String) || !(body.getValue("password") instanceof String)) {
      ctx.fail(HttpProblem.badRequest("send {\"name\": ..., \"password\": ...}"));
      return;
    }
    String name = body.getString("name").strip();
    char[] password = body.getString("password").toCharArray();
    String address = "ip:" + ctx.request().remoteAddress().hostAddress();
    String account = "name:" + name.toLowerCase(java.util.Locale.ROOT);
    long now = clock.millis();
    long wait = Math.max(byAddress.waitSeconds(address, now), byName.waitSeconds(account, now));
    if (wait > 0) {
      ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
      ctx.fail(HttpProblem.tooManyRequests("too many failed sign-ins; try again in " + wait + " s"));
      return;
    }
    db.executeBlocking(() -> {
      Optional<Teacher> teacher = teachers.verify(name, password);
      return teacher.map(t -> new Object[] {t, logins.create(t.id(), clock.instant(), LOGIN_TTL)});
    }, false).onComplete(done -> {
      if (done.failed()) {
        ctx.fail(done.cause());
      } else if (done.result().isEmpty()) {
        byAddress.failed(address, clock.millis());
        byName.failed(account, clock.millis());
        ctx.fail(HttpProblem.unauthorized("that name and password do not match"));
      } else {
        byName.succeeded(account);
        Teacher teacher = (Teacher) done.result().get()[0];
        NewLogin login = (NewLogin) done.result().get()[1];
        ctx.response().putHeader(HttpHeaders.SET_COOKIE, COOKIE + "=" + login.token() + "; Path=/; HttpOnly; SameSite=Strict"
            + (secure ? "; Secure" : "") + "; Max-Age=" + LOGIN_TTL.toSeconds());
        json(ctx, 200, new JsonObject().put("id", teacher.id()).put("name", teacher.name())
            .put("csrf", login.login().csrf()));
      }
    });
  }

  private void logout(RoutingContext ctx) {
    String token = tokenOf(ctx.request().getHeader(HttpHeaders.COOKIE));
    db.executeBlocking(() -> {
      logins.delete(token);
      return null;
    }, false).onComplete(done -> {
      ctx.response().putHeader(HttpHeaders.SET_COOKIE, COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0")
          .setStatusCode(204).end();
    });
  }

  private void me(RoutingContext ctx) {
    Login login = teacher(ctx);
    db.executeBlocking(() -> teachers.byId(login.teacherId()), false).onComplete(done -> {
      if (done.failed() || done.result().isEmpty()) {
        ctx.fail(HttpProblem.unauthorized("sign in first"));
        return;
      }
      json(ctx, 200, new JsonObject().put("id", login.teacherId()).put("name", done.result().get().name())
          .put("csrf", login.csrf()));
    });
  }

  static void json(RoutingContext ctx, int status, Object body) {
    ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .end(body instanceof JsonObject object ? object.encode() : io.vertx.core.json.Json.encode(body));
  }

  private static boolean changesState(HttpMethod method) {
    return !(method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS);
  }

  private static String tokenOf(String cookieHeader) {
    if (cookieHeader == null) {
      return null;
    }
    for (Cookie cookie : ServerCookieDecoder.LAX.decode(cookieHeader)) {
      if (COOKIE.equals(cookie.name())) {
        return cookie.value();
      }
    }
    return null;
  }
}
