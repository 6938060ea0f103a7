package fi.retki.server;

import fi.retki.server.config.ConfigException;
import fi.retki.server.config.ConfigLoader;
import fi.retki.server.config.ServerConfig;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts the Retki server: reads the configuration, prepares the store (baking the built-in
 * scenes into it if they are not there yet), serves it, and on SIGTERM stops taking connections,
 * finishes the answers in flight and exits.
 */
public final class Main {
  static final long GRACE_MILLIS = 20_000;

  private Main() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("vertx.disableDnsResolver", "true");
    // Every header the server writes is its own constant or a hash it checked; validating them
    // again per response cost a few percent of the small-asset path.
    System.setProperty("vertx.disableHttpHeadersValidation", "true");
    ServerConfig config;
    try {
      config = ConfigLoader.load(args, System.getenv());
    } catch (ConfigException e) {
      for (String problem : e.problems()) {
        System.err.println("retki-server: " + problem);
      }
      System.exit(64);
      return;
    }
    long started = System.nanoTime();
    VertxOptions options = new VertxOptions().setPreferNativeTransport(true);
    Vertx vertx;
    if (config.cluster().enabled()) {
      try {
        vertx = fi.retki.server.cluster.Clustering.start(options, config.cluster()).await(2, TimeUnit.MINUTES);
      } catch (Exception e) {
        EventLog.error("event=failure phase=cluster-join members=" + String.join(",", config.cluster().members()), e);
        System.exit(70);
        return;
      }
      EventLog.info("event=cluster-join node=" + fi.retki.server.cluster.Clustering.nodeIdOf(vertx) + " members="
          + fi.retki.server.cluster.Clustering.hazelcastOf(vertx).getCluster().getMembers().size() + " host="
          + config.cluster().host() + " port=" + config.cluster().port());
    } else {
      vertx = Vertx.vertx(options);
    }
    RetkiServer server;
    try {
      long preparing = System.nanoTime();
      server = BuiltInScenes.prepare(vertx, config)
          .compose(prepared -> {
            long baked = prepared.stream().filter(r -> !r.unchanged()).count();
            EventLog.info(String.format(
                "event=prepare builtInScenes=%d baked=%d unchanged=%d blobsWritten=%d millis=%d", prepared.size(),
                baked, prepared.size() - baked, prepared.stream().mapToInt(r -> r.blobsWritten()).sum(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - preparing)));
            return RetkiServer.start(vertx, config, Runtime.getRuntime().availableProcessors());
          })
          .await(10, TimeUnit.MINUTES);
    } catch (Exception e) {
      EventLog.error("event=failure phase=start", e);
      vertx.close();
      System.exit(70);
      return;
    }
    if (server.firstTeacherPassword() != null) {
      EventLog.info("event=first-teacher name=teacher password=" + server.firstTeacherPassword()
          + " note=\"sign in at the console and keep this password; it is not shown again\"");
    }
    String host = config.bind().equals("0.0.0.0") ? "localhost" : config.bind();
    EventLog.info(String.format(
        "event=start url=%s://%s:%d/ scenes=%d openSessions=%d dataDir=%s database=%s cluster=%s proxyProtocol=%s"
            + " cacheBytes=%d transport=%s startMillis=%d",
        config.tls() ? "https" : "http", host, server.port(), server.scenes(), server.openSessions(), config.dataDir(),
        config.database().embedded() ? "embedded" : config.database().url().replaceAll("\\?.*", ""),
        config.cluster().enabled() ? config.cluster().host() + ":" + config.cluster().port() : "off",
        config.proxyProtocol(), config.cacheBytes(), vertx.isNativeTransportEnabled() ? "native" : "nio",
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      long stopping = System.nanoTime();
      EventLog.info("event=stopping graceMillis=" + GRACE_MILLIS);
      try {
        server.stop(GRACE_MILLIS).compose(x -> vertx.close()).await(GRACE_MILLIS + 5_000, TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        EventLog.error("event=failure phase=stop", e);
      }
      EventLog.info("event=stop stopMillis="
          + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping));
      stopped.countDown();
    }, "retki-stop"));
    stopped.await();
  }
}
