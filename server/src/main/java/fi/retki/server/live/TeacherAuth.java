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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Teachers' sign-in: {@code POST /api/login}, {@code /api/logout}, {@code GET /api/me}, and the
 * check every other teacher route and the console's WebSocket make. The session cookie is
 * {@code HttpOnly} and {@code SameSite=Strict} ({@code Secure} under TLS); state-changing requests
 * also carry the login's CSRF token in {@code X-CSRF-Token}. Wrong passwords are limited per
 * address, per name and per known device; see the comment below.
 */
public final class TeacherAuth {
  /*
   * Who is kept out by wrong passwords. Limits per name alone let anyone lock a teacher out of
   * her own lesson with five guesses a minute; limits per address alone lock out every teacher
   * of a school whose pupils share its one address. So a sign-in is limited by one of two sets
   * of keys, counted before its password is checked (SignInLimiter):
   *
   * - From a known device of the teacher it names (a retki_device cookie this server signed when
   *   she last signed in there, see KnownDevices): only by that device, 5 free typos, then waits
   *   from 5 s doubling to 5 minutes. The name's and the address's locks do not apply: an
   *   attacker's burst against her name, from her school's own address, does not keep her out.
   * - From anywhere else: by the address (IPv6 by /64), 10 free, then from 1 s doubling to 15
   *   minutes, and every attempt refused while it waits doubles it again, so the attacker's
   *   hammering only lengthens his own wait; and by the name tried, 5 free, then from 30 s
   *   doubling to 15 minutes (refusals do not count here, so no one can push it further by
   *   knocking). Strikes leak away: one a minute for an address and a device, one in 10 minutes
   *   for a name.
   *
   * The price: a teacher on a new device (or with cleared cookies) while her name is under
   * attack waits like anyone else, up to 15 minutes, and so do a school's teachers on new
   * devices while a pupil is guessing from the school's address. Once signed in there, that
   * device is known for 400 days.
   *
   * The order of a sign-in: the limits (SignInLimits: in memory, or at the keys' owners in a
   * cluster, so that guesses spread over the nodes count as if made at one) and a place in the
   * password checks' lane (event loop; 429 or 503 as soon as either says no) → the name's hash
   * (retki-db) → bcrypt on its own pool (PasswordChecks) → the login row (retki-db). Only the two
   * short database reads and writes share the database's pool, and only for sign-ins that will be
   * checked.
   */
  static final String COOKIE = "retki_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final String TEACHER = "teacher";
  private static final Duration LOGIN_TTL = Duration.ofHours(12);
  private static final int MAX_NAME_KEY = 80;
  static final SignInLimiter.Policy PER_DEVICE = new SignInLimiter.Policy(5, 5_000, 300_000, 60_000, false, true);
  static final SignInLimiter.Policy PER_ADDRESS = new SignInLimiter.Policy(10, 1_000, 900_000, 60_000, true, false);
  static final SignInLimiter.Policy PER_NAME = new SignInLimiter.Policy(5, 30_000, 900_000, 600_000, false, true);
  private static final int BUSY_RETRY_SECONDS = 3;

  private final WorkerExecutor db;
  private final PasswordChecks checks;
  private final Teachers teachers;
  private final Logins logins;
  private final KnownDevices devices;
  private final Clock clock;
  private final boolean secure;
  private final SignInLimits limits;

  /** {@code limits} count the wrong passwords: this server's own, or a cluster's (SignInLimits.forVertx). */
  TeacherAuth(WorkerExecutor db, PasswordChecks checks, Teachers teachers, Logins logins, KnownDevices devices,
      Clock clock, boolean secure, SignInLimits limits) {
    this.db = db;
    this.checks = checks;
    this.teachers = teachers;
    this.logins = logins;
    this.devices = devices;
    this.clock = clock;
    this.secure = secure;
    this.limits = limits;
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

  /** One sign-in on its way: what was sent, from which address key, and the known device it proved. */
  private record SignIn(String name, char[] password, String address, Optional<KnownDevices.Device> device) {}

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
    long now = clock.millis();
    SignIn signIn = new SignIn(body.getString("name").strip(), body.getString("password").toCharArray(),
        SignInLimiter.addressKey(ctx.request().remoteAddress().hostAddress()),
        devices.verify(cookie(ctx.request().getHeader(HttpHeaders.COOKIE), KnownDevices.COOKIE), now));
    Future<SignInLimits.Attempt> begun = signIn.device().isPresent()
        ? limits.begin(now, List.of(new SignInLimiter.Key("device:" + signIn.device().get().deviceId(), PER_DEVICE)))
        : begin(signIn, now);
    begun.onComplete(counted -> {
      if (counted.failed()) {
        ctx.fail(counted.cause());
        return;
      }
      PasswordChecks.Slot slot = reserve(ctx, counted.result(), signIn.device().isPresent());
      if (slot != null) {
        lookUp(ctx, signIn, counted.result(), slot);
      }
    });
  }

  /** Reads the name's hash, then checks the password; a device known for someone else starts again as a stranger. */
  private void lookUp(RoutingContext ctx, SignIn signIn, SignInLimits.Attempt attempt, PasswordChecks.Slot slot) {
    db.executeBlocking(() -> teachers.candidate(signIn.name()), false).onComplete(found -> {
      if (found.failed()) {
        slot.release();
        attempt.abandoned(clock.millis());
        ctx.fail(found.cause());
        return;
      }
      Teachers.Candidate candidate = found.result();
      boolean known = signIn.device().isPresent() && candidate.teacher()
          .map(t -> t.id().equals(signIn.device().get().teacherId())).orElse(false);
      if (signIn.device().isPresent() && !known) {
        // A device known for another teacher (or a name that is no one's): limited like any stranger.
        slot.release();
        attempt.abandoned(clock.millis());
        begin(signIn, clock.millis()).onComplete(counted -> {
          if (counted.failed()) {
            ctx.fail(counted.cause());
            return;
          }
          PasswordChecks.Slot other = reserve(ctx, counted.result(), false);
          if (other != null) {
            check(ctx, signIn, candidate, false, counted.result(), other);
          }
        });
      } else {
        check(ctx, signIn, candidate, known, attempt, slot);
      }
    });
  }

  private Future<SignInLimits.Attempt> begin(SignIn signIn, long now) {
    String name = signIn.name().toLowerCase(Locale.ROOT);
    return limits.begin(now, List.of(new SignInLimiter.Key(signIn.address(), PER_ADDRESS),
        new SignInLimiter.Key("name:" + name.substring(0, Math.min(name.length(), MAX_NAME_KEY)), PER_NAME)));
  }

  /**
   * A place for the password check if the limiter let the attempt through and the lane has
   * room; otherwise answers 429 or 503 and gives null.
   */
  private PasswordChecks.Slot reserve(RoutingContext ctx, SignInLimits.Attempt attempt, boolean knownDevice) {
    if (!attempt.allowed()) {
      ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(attempt.waitSeconds()));
      ctx.fail(HttpProblem.tooManyRequests("too many failed sign-ins; try again in " + attempt.waitSeconds() + " s"));
      return null;
    }
    PasswordChecks.Slot slot = checks.reserve(knownDevice);
    if (slot == null) {
      attempt.abandoned(clock.millis());
      ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Integer.toString(BUSY_RETRY_SECONDS));
      ctx.fail(new HttpProblem(503, "Service unavailable", "the server is busy checking other sign-ins; try again in "
          + BUSY_RETRY_SECONDS + " s"));
    }
    return slot;
  }

  private void check(RoutingContext ctx, SignIn signIn, Teachers.Candidate candidate, boolean known,
      SignInLimits.Attempt attempt, PasswordChecks.Slot slot) {
    slot.run(() -> teachers.check(candidate, signIn.password())).onComplete(checked -> {
      if (checked.failed()) {
        attempt.abandoned(clock.millis());
        ctx.fail(checked.cause());
      } else if (checked.result().isEmpty()) {
        attempt.failed(clock.millis());
        ctx.fail(HttpProblem.unauthorized("that name and password do not match"));
      } else {
        signedIn(ctx, signIn, checked.result().get(), known, attempt);
      }
    });
  }

  private void signedIn(RoutingContext ctx, SignIn signIn, Teacher teacher, boolean known,
      SignInLimits.Attempt attempt) {
    db.executeBlocking(() -> logins.create(teacher.id(), clock.instant(), LOGIN_TTL), false).onComplete(created -> {
      if (created.failed()) {
        attempt.abandoned(clock.millis());
        ctx.fail(created.cause());
        return;
      }
      attempt.succeeded(clock.millis());
      NewLogin login = created.result();
      String device = devices.cookieValue(teacher.id(), known ? signIn.device().get().deviceId() : null, clock.millis());
      String flags = "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
      ctx.response().headers()
          .add(HttpHeaders.SET_COOKIE, COOKIE + "=" + login.token() + "; Path=/" + flags + "; Max-Age=" + LOGIN_TTL.toSeconds())
          .add(HttpHeaders.SET_COOKIE, KnownDevices.COOKIE + "=" + device + "; Path=/api/login" + flags
              + "; Max-Age=" + KnownDevices.LIFETIME.toSeconds());
      json(ctx, 200, new JsonObject().put("id", teacher.id()).put("name", teacher.name())
          .put("csrf", login.login().csrf()));
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
    return cookie(cookieHeader, COOKIE);
  }

  private static String cookie(String cookieHeader, String name) {
    if (cookieHeader == null) {
      return null;
    }
    for (Cookie cookie : ServerCookieDecoder.LAX.decode(cookieHeader)) {
      if (name.equals(cookie.name())) {
        return cookie.value();
      }
    }
    return null;
  }
}
