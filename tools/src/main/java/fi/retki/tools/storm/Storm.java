package fi.retki.tools.storm;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.Http2Settings;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.WebSocketClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs a {@link StormPlan}: every pupil starts at the same instant on one of the event loops,
 * with its own client, and the storm ends when all are ready, failed or out of time.
 *
 * <p>With live sessions, the classes are opened first: one sign-in, the scene's points, a session
 * per class, and a teacher per class watching it. Then every pupil also joins its class over
 * {@code /live} while it loads; each teacher guides its class once all its pupils have joined, and
 * ends the session. The time limit counts from the very start and bounds all of it.
 */
final class Storm {
  private final Vertx vertx;
  private final StormPlan plan;
  private final int loops = Runtime.getRuntime().availableProcessors();
  private final List<HttpClientAgent> clients = new CopyOnWriteArrayList<>();
  private final List<WebSocketClient> sockets = new CopyOnWriteArrayList<>();

  Storm(Vertx vertx, StormPlan plan) {
    this.vertx = vertx;
    this.plan = plan;
  }

  Future<StormReport> run() {
    long deadline = System.nanoTime() + plan.limit().toNanos();
    Future<List<Teacher>> teachers = plan.live() == null ? Future.succeededFuture(List.of()) : openClasses(deadline);
    return teachers.compose(opened -> storm(opened, deadline)).andThen(x -> {
      clients.forEach(HttpClientAgent::close);
      sockets.forEach(WebSocketClient::close);
    });
  }

  /** Signs in, starts a session per class and has each class's teacher watch it. */
  private Future<List<Teacher>> openClasses(long deadline) {
    HttpClientAgent http = vertx.createHttpClient(options(), new PoolOptions().setHttp1MaxSize(4).setHttp2MaxSize(1));
    clients.add(http);
    Console console = new Console(plan, http);
    return console.signIn(plan.live().teacher(), plan.live().password()).compose(login ->
        console.points(plan.scene()).compose(points -> {
          List<Future<Console.Started>> started = new ArrayList<>();
          for (int c = 0; c < plan.classes(); c++) {
            started.add(console.start(login));
          }
          return Future.all(started).compose(all -> watch(login, points, all.list(), deadline));
        }));
  }

  private Future<List<Teacher>> watch(Console.SignedIn login, List<String> points, List<Console.Started> sessions,
      long deadline) {
    List<Teacher> teachers = new CopyOnWriteArrayList<>(new Teacher[sessions.size()]);
    List<Promise<Void>> watching = promises(sessions.size());
    return onEveryLoop(index -> {
      for (int c = index; c < sessions.size(); c += loops) {
        WebSocketClient client = vertx.createWebSocketClient(LiveEndpoint.client(plan));
        sockets.add(client);
        Teacher teacher = new Teacher(vertx, plan, client, login, sessions.get(c), points);
        teachers.set(c, teacher);
        vertx.setTimer(millisUntil(deadline), t -> teacher.stop());
        teacher.watch().onComplete(watching.get(c));
      }
    }).compose(x -> Future.all(futures(watching)))
        .map(x -> List.copyOf(teachers))
        .onFailure(e -> teachers.forEach(t -> {
          if (t != null) {
            t.stop();
          }
        }));
  }

  private Future<StormReport> storm(List<Teacher> teachers, long deadline) {
    long start = System.nanoTime();
    List<Promise<PupilResult>> results = promises(plan.totalPupils());
    List<Promise<LiveResult>> live = promises(teachers.isEmpty() ? 0 : plan.totalPupils());
    // Pupils are spread over the loops, and each pupil's requests and socket stay on its loop.
    return onEveryLoop(index -> {
      for (int i = index; i < results.size(); i += loops) {
        startPupil(i, teachers, start, deadline, results.get(i), live.isEmpty() ? null : live.get(i));
      }
    }).compose(x -> Future.join(futures(results)))
        .compose(x -> {
          long wall = System.nanoTime() - start;
          List<Future<TeacherResult>> done = new ArrayList<>();
          teachers.forEach(t -> done.add(t.done()));
          return Future.join(Future.join(futures(live)), Future.join(done)).map(y -> {
            List<PupilResult> pupils = new ArrayList<>();
            results.forEach(r -> pupils.add(r.future().result()));
            LiveReport report = null;
            if (!teachers.isEmpty()) {
              List<LiveResult> joined = new ArrayList<>();
              live.forEach(r -> joined.add(r.future().result()));
              List<TeacherResult> guided = new ArrayList<>();
              done.forEach(d -> guided.add(d.result()));
              report = LiveReport.of(plan, guided, joined);
            }
            return StormReport.of(plan, pupils, wall, report);
          });
        });
  }

  /** Starts pupil {@code i} on the current event loop: its asset fetches and, in a live storm, its socket. */
  private void startPupil(int i, List<Teacher> teachers, long start, long deadline, Promise<PupilResult> result,
      Promise<LiveResult> liveResult) {
    HttpClientAgent client = vertx.createHttpClient(options(), new PoolOptions()
        .setHttp1MaxSize(plan.inFlight()).setHttp2MaxSize(1).setMaxWaitQueueSize(-1));
    clients.add(client);
    PupilSocket socket = null;
    if (liveResult != null) {
      Teacher teacher = teachers.get(plan.classOf(i));
      WebSocketClient ws = vertx.createWebSocketClient(LiveEndpoint.client(plan));
      sockets.add(ws);
      socket = new PupilSocket(vertx, plan, ws, teacher.session().code(), "Pupil " + (i % plan.pupils() + 1),
          teacher::pupilSettled);
      socket.join().onComplete(liveResult);
    }
    PupilSocket live = socket;
    Pupil pupil = new Pupil(plan, client, start, live == null ? fraction -> { } : live::progress);
    long timer = vertx.setTimer(millisUntil(deadline), t -> {
      pupil.stop();
      if (live != null) {
        live.stop();
      }
    });
    Future<PupilResult> loaded = pupil.join().onComplete(result);
    Future.join(loaded, liveResult == null ? Future.succeededFuture() : liveResult.future())
        .onComplete(x -> vertx.cancelTimer(timer));
  }

  /** Runs {@code perLoop} once on each event loop, with the loop's index. */
  private Future<String> onEveryLoop(IntConsumer perLoop) {
    AtomicInteger deployed = new AtomicInteger();
    return vertx.deployVerticle(() -> new VerticleBase() {
      @Override
      public Future<?> start() {
        perLoop.accept(deployed.getAndIncrement());
        return Future.succeededFuture();
      }
    }, new DeploymentOptions().setInstances(loops));
  }

  private static long millisUntil(long deadline) {
    return Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
  }

  private static <T> List<Promise<T>> promises(int n) {
    List<Promise<T>> promises = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      promises.add(Promise.promise());
    }
    return promises;
  }

  private static <T> List<Future<T>> futures(List<Promise<T>> promises) {
    List<Future<T>> futures = new ArrayList<>(promises.size());
    promises.forEach(p -> futures.add(p.future()));
    return futures;
  }

  private HttpClientOptions options() {
    HttpClientOptions options = new HttpClientOptions()
        .setKeepAlive(true)
        .setTcpNoDelay(true)
        .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, plan.limit().toMillis()));
    if (plan.http2()) {
      options.setProtocolVersion(HttpVersion.HTTP_2).setHttp2ClearTextUpgrade(false)
          .setHttp2MultiplexingLimit(plan.inFlight())
          .setInitialSettings(new Http2Settings().setInitialWindowSize(1 << 20))
          .setHttp2ConnectionWindowSize(16 << 20);
    }
    if (plan.server().getScheme().equals("https")) {
      options.setSsl(true).setUseAlpn(true).setTrustAll(true).setVerifyHost(false);
    }
    return options;
  }
}
