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
    System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tLZ %4$s %5$s%6$s%n");
    System.setProperty("vertx.disableDnsResolver", "true");
    System.Logger log = System.getLogger("fi.retki.server");
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
    Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
    RetkiServer server;
    try {
      server = BuiltInScenes.prepare(vertx, config)
          .compose(prepared -> RetkiServer.start(vertx, config, Runtime.getRuntime().availableProcessors()))
          .await(10, TimeUnit.MINUTES);
    } catch (Exception e) {
      log.log(System.Logger.Level.ERROR, "event=failure phase=start reason=\"" + e.getMessage() + "\"");
      vertx.close();
      System.exit(70);
      return;
    }
    String host = config.bind().equals("0.0.0.0") ? "localhost" : config.bind();
    log.log(System.Logger.Level.INFO, String.format(
        "event=start url=%s://%s:%d/ scenes=%d dataDir=%s cacheBytes=%d transport=%s startMillis=%d",
        config.tls() ? "https" : "http", host, server.port(), server.scenes(), config.dataDir(),
        config.cacheBytes(), vertx.isNativeTransportEnabled() ? "native" : "nio",
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      long stopping = System.nanoTime();
      try {
        server.stop(GRACE_MILLIS).compose(x -> vertx.close()).await(GRACE_MILLIS + 5_000, TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        log.log(System.Logger.Level.ERROR, "event=failure phase=stop reason=\"" + e.getMessage() + "\"");
      }
      log.log(System.Logger.Level.INFO, "event=stop stopMillis="
          + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping));
      stopped.countDown();
    }, "retki-stop"));
    stopped.await();
  }
}
