package fi.retki.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The client's core (protocol, loading, cache, tier choice, plan) is plain Java, so that it runs
 * in unit tests and off the render thread: no jME, Lemur, LWJGL or Vert.x imports in its packages.
 */
class CoreIsJmeFreeTest {
  private static final List<String> CORE = List.of("net", "cache", "load", "tier", "live", "plan");
  private static final List<String> BANNED = List.of("import com.jme3", "import com.simsilica", "import org.lwjgl",
      "import io.vertx", "import io.netty");

  @Test
  void corePackages_importNoEngineAndNoVertx() throws IOException {
    Path root = Path.of("src", "main", "java", "fi", "retki", "client");
    List<String> offences = new ArrayList<>();
    int files = 0;
    for (String pkg : CORE) {
      try (Stream<Path> sources = Files.walk(root.resolve(pkg))) {
        for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
          files++;
          for (String line : Files.readAllLines(source)) {
            if (BANNED.stream().anyMatch(line.strip()::startsWith)) {
              offences.add(root.relativize(source) + ": " + line.strip());
            }
          }
        }
      }
    }
    assertThat(files).isGreaterThan(10);
    assertThat(offences).isEmpty();
  }
}
