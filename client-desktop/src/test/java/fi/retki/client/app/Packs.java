package fi.retki.client.app;

import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneReader;
import fi.retki.scenes.SceneReading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The built-in packs straight from the repository's {@code scenes/packs}, for tests without a server. */
final class Packs {
  static final Path ROOT = Path.of("..", "scenes", "packs");

  private Packs() {}

  static Map<String, Path> files(String id) throws IOException {
    Path dir = ROOT.resolve(id);
    Map<String, Path> files = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile)
          .forEach(f -> files.put(dir.relativize(f).toString().replace('\\', '/'), f));
    }
    return files;
  }

  static Scene scene(String id) throws IOException {
    Map<String, Path> files = files(id);
    SceneReading reading = SceneReader.read(id + "/scene.json",
        Files.readAllBytes(files.get("scene.json")), files.keySet(), id);
    if (!reading.ok()) {
      throw new IllegalStateException(reading.problems().toString());
    }
    return reading.scene();
  }
}
