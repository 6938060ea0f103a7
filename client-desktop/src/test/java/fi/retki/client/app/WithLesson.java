package fi.retki.client.app;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rendering test's classroom: one real server (built-in scenes, signed-in teacher) for the whole
 * test class, in a temporary directory that also holds the clients' caches.
 */
abstract class WithLesson {
  @TempDir
  static Path data;
  static Lesson lesson;

  @BeforeAll
  static void server() throws Exception {
    lesson = new Lesson(data.resolve("server"));
  }

  @AfterAll
  static void stop() throws Exception {
    lesson.close();
  }
}
