package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.jme3.system.AppSettings;
import fi.retki.assets.bake.Tier;
import fi.retki.client.app.state.WorldState;
import fi.retki.scenes.Scene;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Figures, not a timed assertion: frames per second at 1280×720, uncapped, for every built-in
 * pack at its start view on {@code low} and {@code mid} (the look's filters, shadows and ambient
 * occlusion included), and on {@code low} without any post filter for comparison, under whatever
 * GL the display has (Mesa llvmpipe in CI). Prints one line per pack and tier and saves each frame as {@code figures-<pack>-<tier>.png}.
 */
class LookFiguresIT {
  @Test
  void framesPerSecond_perPackAndTier() throws Exception {
    List<String> packs;
    try (Stream<Path> dirs = Files.list(Packs.ROOT)) {
      packs = dirs.filter(d -> Files.isRegularFile(d.resolve("scene.json")))
          .map(d -> d.getFileName().toString()).sorted().toList();
    }
    RetkiApp app = new RetkiApp();
    AppSettings settings = ClientHarness.settings(1280, 720);
    settings.setFrameRate(-1);
    app.setSettings(settings);
    app.setShowSettings(false);
    StringBuilder report = new StringBuilder("look figures (1280x720, uncapped, start view):\n");
    try (ClientHarness client = ClientHarness.start(app)) {
      String renderer = client.call(() -> org.lwjgl.opengl.GL11.glGetString(org.lwjgl.opengl.GL11.GL_RENDERER));
      report.append("  renderer: ").append(renderer).append('\n');
      WorldState world = client.state(WorldState.class);
      for (String pack : packs) {
        Scene scene = Packs.scene(pack);
        Map<String, Path> files = Packs.files(pack);
        for (Tier tier : List.of(Tier.LOW, Tier.MID)) {
          client.run(() -> world.show(scene, files, tier));
          settle(client);
          double fps = framesPerSecond(client);
          int filters = client.call(() -> world.filters().size());
          ClientHarness.save(client.grab(), "figures-" + pack + "-" + tier.id());
          System.out.println("FIGURE " + pack + " " + tier.id() + " fps=" + fps);
          report.append(String.format("  %-14s %-4s fps=%6.1f  filters=%d  lighting=%s fog=%s exposure=%.1f%n",
              pack, tier.id(), fps, filters, scene.lighting() != null, scene.fog() != null, scene.exposure()));
          assertThat(fps).isPositive();
        }
        // For comparison: low without any post filter (as the client drew before the look).
        client.run(() -> {
          world.show(scene, files, Tier.LOW);
          for (var processor : List.copyOf(client.app.getViewPort().getProcessors())) {
            if (processor instanceof com.jme3.post.FilterPostProcessor) {
              client.app.getViewPort().removeProcessor(processor);
            }
          }
        });
        settle(client);
        report.append(String.format("  %-14s %-4s fps=%6.1f  (no post filters, for comparison)%n", pack, "bare",
            framesPerSecond(client)));
      }
    }
    System.out.print(report);
    Files.createDirectories(ClientHarness.SHOTS);
    Files.writeString(ClientHarness.SHOTS.resolve("look-figures.txt"), report);
  }

  /** Lets a few frames pass (each call waits for the render thread's next update), however slow. */
  private static void settle(ClientHarness client) throws Exception {
    for (int i = 0; i < 3; i++) {
      client.call(() -> Boolean.TRUE);
    }
  }

  /** Frames drawn per second over four seconds of wall time (slow renderers draw few). */
  private static double framesPerSecond(ClientHarness client) throws Exception {
    long frames0 = client.call(() -> client.app.frames);
    long start = System.nanoTime();
    client.awaitTrue(() -> System.nanoTime() - start >= 4_000_000_000L, 30);
    long frames1 = client.call(() -> client.app.frames);
    return (frames1 - frames0) / ((System.nanoTime() - start) / 1e9);
  }
}
