package fi.retki.tools.storm;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Runs a storm on its own Vert.x instance and gives its report. */
public final class StormRun {
  private StormRun() {}

  /** The printed report, and whether every pupil got ready. */
  public record Outcome(String report, boolean allReady) {}

  public static Outcome run(URI server, String scene, String tier, int classes, int pupils, boolean http2,
      Duration limit) throws Exception {
    System.setProperty("vertx.disableDnsResolver", "true");
    Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true)
        .setEventLoopPoolSize(Runtime.getRuntime().availableProcessors()));
    try {
      StormPlan plan = new StormPlan(server, scene, tier, classes, pupils, http2, limit);
      StormReport report = new Storm(vertx, plan).run().await(limit.toMillis() + 30_000, TimeUnit.MILLISECONDS);
      return new Outcome(report.toString(), report.ready() == report.pupils());
    } finally {
      vertx.close().await(30, TimeUnit.SECONDS);
    }
  }
}
