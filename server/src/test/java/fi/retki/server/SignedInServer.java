package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What most live tests start from: a real server on a free port over a fresh data directory, and
 * its first teacher signed in. One server per test class (JUnit runs the classes one after
 * another, so the static fields belong to the class being run).
 */
abstract class SignedInServer {
  @TempDir static Path dataDir;
  static ServerFixture fixture;
  static int port;
  static LiveClient.Teacher teacher;

  @BeforeAll
  static void startServer() throws Exception {
    fixture = new ServerFixture(dataDir, 64 << 20, 1 << 20);
    port = fixture.server.port();
    assertThat(fixture.server.firstTeacherPassword()).as("the first start makes a teacher").isNotNull();
    teacher = LiveClient.Teacher.signIn(port, "teacher", fixture.server.firstTeacherPassword());
  }

  @AfterAll
  static void stopServer() throws Exception {
    fixture.close();
  }

  /** The entries of a ZIP (the saved-work export), by name. */
  static java.util.Map<String, byte[]> unzip(byte[] zip) throws java.io.IOException {
    java.util.Map<String, byte[]> entries = new java.util.TreeMap<>();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }
}
