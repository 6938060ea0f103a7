package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.jme3.font.BitmapText;
import com.jme3.scene.SceneGraphVisitor;
import com.jme3.scene.Spatial;
import fi.retki.assets.bake.Manifest;
import fi.retki.assets.bake.ManifestAsset;
import fi.retki.assets.bake.Tier;
import fi.retki.client.TestServer;
import fi.retki.client.cache.AssetCache;
import fi.retki.client.load.SceneLoader;
import fi.retki.client.net.ServerApi;
import fi.retki.client.app.state.DaycareState;
import fi.retki.client.app.state.LobbyState;
import fi.retki.client.app.state.WorldState;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daycare tour with the server gone, as a nurse starts it: the rainforest was loaded once from
 * a real server on a loopback port into a cache, the server stopped, and the client started with
 * {@code --daycare rainforest} against its dead address (in a real window under Xvfb + Mesa).
 */
class DaycareOfflineIT {
  @TempDir
  static Path data;
  static Path filled;
  static URI dead;
  static Manifest low;

  @BeforeAll
  static void loadOnce_thenStopTheServer() throws Exception {
    filled = data.resolve("filled-cache");
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try (TestServer server = new TestServer(data.resolve("server"))) {
      dead = server.base();
      low = new SceneLoader(new ServerApi(dead), AssetCache.open(filled), executor)
          .load("rainforest", Tier.LOW, null).get(60, TimeUnit.SECONDS).manifest();
    } finally {
      executor.shutdownNow();
    }
  }

  private static ClientHarness daycare(Path cacheDir) throws Exception {
    return ClientHarness.client(cacheDir, new Timings(System.nanoTime()), "--server", dead.toString(),
        "--daycare", "rainforest", "--tier", "low", "--windowed", "--language", "fi");
  }

  @Test
  void serverGone_sceneShownBefore_theTourStartsFromTheCache() throws Exception {
    Path cacheDir = copy(filled, data.resolve("cache-whole"));
    try (ClientHarness client = daycare(cacheDir)) {
      DaycareState daycare = client.awaitState(DaycareState.class, 60);
      client.awaitTrue(() -> client.app.getStateManager().getState(LobbyState.class) == null
          && client.app.getStateManager().getState(WorldState.class).built().complete(), 30);
      client.run(() -> daycare.skip(10)); // past the fade in and the first flight
      BufferedImage frame = client.grab();
      ClientHarness.save(frame, "daycare-offline");

      assertThat(daycare.stop()).isNotNegative();
      assertThat(client.app.services().api().bytesDownloaded()).isZero();
      assertThat(FrameCheck.of(frame).distinctColours()).isGreaterThan(100);
      assertThat(client.call(() -> texts(client.app.getGuiNode()))).as("words on screen").isEmpty();
    }
  }

  @Test
  void serverGone_sceneNotWhollyHere_aCalmMoon_wordsForTheAdultOnly_andTheAdultsWayOut() throws Exception {
    Path cacheDir = copy(filled, data.resolve("cache-partial"));
    ManifestAsset sceneJson = low.assets().stream().filter(a -> a.path().equals("scene.json")).findFirst().orElseThrow();
    Files.delete(AssetCache.open(cacheDir).file(sceneJson.sha256()));
    try (ClientHarness client = daycare(cacheDir)) {
      client.awaitTrue(() -> !texts(client.app.getGuiNode()).isEmpty(), 30);
      ClientHarness.save(client.grab(), "daycare-offline-not-cached");

      assertThat(client.call(() -> texts(client.app.getGuiNode()))).singleElement().asString()
          .startsWith("Palvelimeen (" + dead + ") ei saada yhteyttä")
          .contains("Yhdistä verkkoon kerran");
      assertThat(client.call(() -> client.app.getGuiNode().getChild("daycare-moon") != null)).as("moon").isTrue();
      assertThat(client.call(() -> client.app.getStateManager().getState(DaycareState.class) == null))
          .as("no tour").isTrue();
      XInput.of(client.title).hold(2300, "ctrl+alt+q");
      assertThat(client.ended(10)).as("the adult can leave the moon screen with Ctrl+Alt+Q held 2 s").isTrue();
    }
  }

  /** Every non-blank text in a GUI tree. */
  private static List<String> texts(Spatial root) {
    List<String> texts = new ArrayList<>();
    root.depthFirstTraversal((SceneGraphVisitor) spatial -> {
      if (spatial instanceof BitmapText text && !text.getText().isBlank()) {
        texts.add(text.getText());
      }
    });
    return texts;
  }

  private static Path copy(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return to;
  }
}
