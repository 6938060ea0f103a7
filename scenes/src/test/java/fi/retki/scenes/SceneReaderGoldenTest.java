package fi.retki.scenes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code golden/bad} gives exactly the problems in the {@code .expected} file beside
 * it; every file in {@code golden/good} reads cleanly and writes back byte for byte.
 *
 * <p>Run with {@code -Dgolden.update=true} to rewrite the expected files after a deliberate
 * change of wording, then review the diff: the expected files are the specification.
 */
class SceneReaderGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final Set<String> PACK_FILES = Set.of(
      "scene.json", "textures/thumbnail.jpg", "textures/thumbnail.png", "textures/sky.jpg", "textures/sky.png",
      "models/ground.glb", "models/reed.glb", "models/bench.glb", "textures/icons/bench.png",
      "audio/ambient.ogg", "audio/narration/frog-fi.ogg", "audio/narration/frog-sv.ogg",
      "audio/narration/frog-en.ogg", "audio/narration/frog-fi.wav");

  static Stream<String> badFiles() throws IOException {
    return names(GOLDEN.resolve("bad"));
  }

  static Stream<String> goodFiles() throws IOException {
    return names(GOLDEN.resolve("good"));
  }

  private static Stream<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
          .collect(Collectors.toList()).stream();
    }
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void aBadFileGivesExactlyTheExpectedProblems(String name) throws IOException {
    Path file = GOLDEN.resolve("bad").resolve(name);
    String expectedId = name.equals("id-mismatch.json") ? "pond" : null;
    SceneReading reading = SceneReader.read("pond/" + name, Files.readAllBytes(file), PACK_FILES, expectedId);
    List<String> actual = reading.problems().stream().map(Problem::toString).collect(Collectors.toList());
    Path expectedFile = GOLDEN.resolve("bad").resolve(name.replace(".json", ".expected"));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expectedFile, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
    assertThat(reading.ok()).isFalse();
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @MethodSource("goodFiles")
  void aGoodFileReadsCleanlyAndWritesBackByteForByte(String name) throws IOException {
    byte[] bytes = Files.readAllBytes(GOLDEN.resolve("good").resolve(name));
    SceneReading reading = SceneReader.read("good/" + name, bytes, PACK_FILES, null);
    assertThat(reading.problems()).isEmpty();
    byte[] written = SceneJson.write(reading.scene());
    assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    assertThat(SceneReader.read("again", written, PACK_FILES, null).scene()).isEqualTo(reading.scene());
  }
}
