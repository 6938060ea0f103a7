package fi.retki.tools.storm;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link StormPlan}: every pupil starts at the same instant on one of the event loops,
 * with its own client, and the storm ends when all are ready, failed or out of time.
 */
final class Storm {
  private final Vertx vertx;
  private final StormPlan plan;

  Storm(Vertx vertx, StormPlan plan) {
    this.vertx = vertx;
    this.plan = plan;
  }

  Future<StormReport> run() {
    long start = System.nanoTime();
    List<Promise<PupilResult>> results = new ArrayList<>();
    for (int i = 0; i < plan.totalPupils(); i++) {
      results.add(Promise.promise());
    }
    // One verticle per event loop, each with its share of the pupils: pupils are spread over the
    // loops, and each pupil's requests stay on its loop.
    int loops = Runtime.getRuntime().availableProcessors();
    java.util.concurrent.atomic.AtomicInteger deployed = new java.util.concurrent.atomic.AtomicInteger();
    List<HttpClientAgent> clients = new java.util.concurrent.CopyOnWriteArrayList<>();
    return vertx.deployVerticle(() -> new io.vertx.core.VerticleBase() {
          @Override
          public Future<?> start() {
            int index = deployed.getAndIncrement();
            for (int i = index; i < results.size(); i += loops) {
              Promise<PupilResult> result = results.get(i);
              HttpClientAgent client = vertx.createHttpClient(options(), new PoolOptions()
                  .setHttp1MaxSize(plan.inFlight()).setHttp2MaxSize(1).setMaxWaitQueueSize(-1));
              clients.add(client);
              Pupil pupil = new Pupil(plan, client, start);
              long timer = vertx.setTimer(plan.limit().toMillis(), t -> pupil.stop());
              pupil.join().onComplete(r -> {
                vertx.cancelTimer(timer);
                result.complete(r.result());
              });
            }
            return Future.succeededFuture();
          }
        }, new io.vertx.core.DeploymentOptions().setInstances(loops))
        .compose(id -> {
          List<Future<PupilResult>> futures = new ArrayList<>();
          results.forEach(r -> futures.add(r.future()));
          return Future.join(futures).map(all -> {
            long wall = System.nanoTime() - start;
            List<PupilResult> done = new ArrayList<>();
            futures.forEach(f -> done.add(f.result()));
            return StormReport.of(plan, done, wall);
          });
        })
        .andThen(x -> clients.forEach(HttpClientAgent::close));
  }

  private HttpClientOptions options() {
    HttpClientOptions options = new HttpClientOptions()
        .setKeepAlive(true)
        .setTcpNoDelay(true)
        .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, plan.limit().toMillis()));
    if (plan.http2()) {
      options.setProtocolVersion(HttpVersion.HTTP_2).setHttp2ClearTextUpgrade(false)
          .setHttp2MultiplexingLimit(plan.inFlight())
          .setInitialSettings(new io.vertx.core.http.Http2Settings().setInitialWindowSize(1 << 20))
          .setHttp2ConnectionWindowSize(16 << 20);
    }
    if (plan.server().getScheme().equals("https")) {
      options.setSsl(true).setUseAlpn(true).setTrustAll(true).setVerifyHost(false);
    }
    return options;
  }
}
