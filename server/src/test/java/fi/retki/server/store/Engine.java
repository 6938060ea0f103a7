package fi.retki.server.store;

import fi.retki.server.config.DatabaseConfig;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases every store test runs on: a store test is a {@code @ParameterizedClass} over
 * these, and each of its tests opens a {@link #fresh} database.
 */
enum Engine {
  /** The embedded H2 in the test's data directory, as a single server keeps it. */
  H2,
  /** A new database on the test JVM's PostgreSQL ({@link PostgresServer#shared()}), as a city shares it. */
  POSTGRESQL;

  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** An empty database of this kind for one test; its files, if any, go in {@code dataDir}. */
  TestDatabase fresh(Path dataDir) {
    if (this == H2) {
      return new TestDatabase(DatabaseConfig.EMBEDDED, dataDir);
    }
    PostgresServer server = PostgresServer.shared();
    String name = "test_" + DATABASES.incrementAndGet();
    server.createDatabase(name);
    return new TestDatabase(server.config(name), dataDir);
  }
}
