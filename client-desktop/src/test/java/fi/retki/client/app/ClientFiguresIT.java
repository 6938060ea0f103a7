package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.client.app.state.ExploreState;
import fi.retki.client.app.state.LobbyState;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints the client's figures against a local server: start-to-first-view and start-to-ready per
 * tier (cold cache each), and frames per second at 1280×720 under whatever GL the display has
 * (Mesa llvmpipe under Xvfb). A measurement, not a check: it asserts only that the figures exist.
 */
class ClientFiguresIT {
  @TempDir
  Path data;

  @Test
  void printsLoadTimesPerTier_andFramesPerSecond() throws Exception {
    try (Lesson lesson = new Lesson(data.resolve("server"))) {
      StringBuilder report = new StringBuilder("client figures (rainforest, local server, 1280x720):\n");
      // The first window in a JVM also pays for class loading, JIT and shader compilation: it is
      // reported apart ("cold JVM"), then each tier is measured with a cold cache in a warm JVM.
      String[] runs = {"low", "low", "mid", "high"};
      for (int run = 0; run < runs.length; run++) {
        String tier = runs[run];
        String label = run == 0 ? tier + " (cold JVM)" : tier;
        JsonNode session = lesson.start("rainforest");
        Timings timings = new Timings(System.nanoTime());
        try (ClientHarness client = ClientHarness.client(data.resolve("cache-" + run), timings, "--server",
            lesson.base(), "--code", session.path("code").asText(), "--nickname", "Bench-" + run, "--tier", tier)) {
          client.awaitState(ExploreState.class, 90);
          client.awaitTrue(() -> client.app.getStateManager().getState(LobbyState.class) == null, 120);
          double fps = framesPerSecond(client, 100);
          report.append(String.format("  tier=%-15s start-to-first-view=%5d ms  start-to-ready=%5d ms  fps=%.1f%n",
              label, timings.firstViewMillis(), timings.readyMillis(), fps));
          assertThat(timings.firstViewMillis()).isPositive().isLessThanOrEqualTo(timings.readyMillis());
          if (run > 0) {
            ClientHarness.save(client.grab(), "rainforest-" + tier);
          }
        }
      }
      System.out.println(report);
    }
  }

  /**
   * Frames per second, uncapped (no vsync, no frame limit), over the next {@code frames} frames or
   * four seconds, whichever comes first (a software renderer may draw fewer than one frame in ten).
   */
  static double framesPerSecond(ClientHarness client, int frames) throws Exception {
    long frames0 = client.call(() -> frameCount(client));
    long start = System.nanoTime();
    client.awaitTrue(() -> client.app.frames >= frames0 + frames || System.nanoTime() - start > 4_000_000_000L, 30);
    long frames1 = client.call(() -> frameCount(client));
    return (frames1 - frames0) / ((System.nanoTime() - start) / 1e9);
  }

  private static long frameCount(ClientHarness client) {
    return client.app.frames;
  }
}
