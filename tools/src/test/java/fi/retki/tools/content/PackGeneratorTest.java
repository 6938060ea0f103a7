package fi.retki.tools.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed packs are exactly what the generator makes, so they can never drift from it, and
 * the generator makes the same bytes every time.
 */
class PackGeneratorTest {
  private static final Path PACKS = Path.of("../scenes/packs");

  @Test
  void theCommittedPacksAreExactlyWhatTheGeneratorMakes() throws IOException {
    for (PackDesign design : PackGenerator.PACKS) {
      PackWriter pack = PackGenerator.generate(design);
      Path dir = PACKS.resolve(design.id());
      for (Map.Entry<String, byte[]> file : pack.files().entrySet()) {
        assertThat(Files.readAllBytes(dir.resolve(file.getKey())))
            .as("%s/%s is not what the generator makes; run the PackGenerator and commit", design.id(), file.getKey())
            .isEqualTo(file.getValue());
      }
      assertThat(Files.readAllBytes(dir.resolve("scene.json")))
          .isEqualTo(fi.retki.scenes.SceneJson.write(pack.scene()));
      assertThat(generatedFilesOnDisk(dir)).as("no stale files in %s", design.id())
          .isEqualTo(new TreeSet<>(pack.files().keySet()));
    }
  }

  @Test
  void generatingTwiceGivesTheSameBytes() {
    PackWriter first = PackGenerator.generate(new LunarSurfacePack());
    PackWriter second = PackGenerator.generate(new LunarSurfacePack());
    assertThat(second.files().keySet()).isEqualTo(first.files().keySet());
    first.files().forEach((path, bytes) -> assertThat(second.files().get(path)).as(path).isEqualTo(bytes));
  }

  private static Set<String> generatedFilesOnDisk(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.startsWith("models/") || p.startsWith("textures/"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
