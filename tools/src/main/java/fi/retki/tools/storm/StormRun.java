package fi.retki.tools.storm;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Runs a storm on its own Vert.x instance and gives its report. */
public final class StormRun {
  private StormRun() {}

  /**
   * The printed report; whether every pupil got ready; and, for a live storm, whether every pupil
   * joined and received every went-to in order (always true without live sessions).
   */
  public record Outcome(String report, boolean allReady, boolean liveComplete) {
    public boolean ok() {
      return allReady && liveComplete;
    }
  }

  /** The live sessions could not be set up: the sign-in, the scene or a session was refused. */
  public static final class CannotStart extends Exception {
    CannotStart(String message) {
      super(message, null, false, false);
    }
  }

  public static Outcome run(URI server, String scene, String tier, int classes, int pupils, boolean http2,
      Duration limit) throws Exception {
    return run(server, scene, tier, classes, pupils, http2, limit, null);
  }

  /** A storm with live sessions, or without them when {@code live} is null. */
  public static Outcome run(URI server, String scene, String tier, int classes, int pupils, boolean http2,
      Duration limit, LivePlan live) throws Exception {
    System.setProperty("vertx.disableDnsResolver", "true");
    Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true)
        .setEventLoopPoolSize(Runtime.getRuntime().availableProcessors()));
    try {
      StormPlan plan = new StormPlan(server, scene, tier, classes, pupils, http2, limit, live);
      StormReport report = new Storm(vertx, plan).run().await(limit.toMillis() + 30_000, TimeUnit.MILLISECONDS);
      return new Outcome(report.toString(), report.ready() == report.pupils(),
          report.live() == null || report.live().complete());
    } catch (Pupil.StormError e) {
      throw new CannotStart(e.getMessage());
    } finally {
      vertx.close().await(30, TimeUnit.SECONDS);
    }
  }
}
