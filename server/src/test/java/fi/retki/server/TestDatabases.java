package fi.retki.server;

import fi.retki.server.config.DatabaseConfig;
import fi.retki.server.store.PostgresServer;

/** Fresh PostgreSQL databases for the cluster tests, on the test JVM's one PostgreSQL. */
final class TestDatabases {
  private TestDatabases() {}

  /** A new, empty database (named after {@code name}) and the settings a server needs for it. */
  static DatabaseConfig fresh(String name) {
    PostgresServer postgres = PostgresServer.shared();
    String database = name + "_" + Long.toString(System.nanoTime(), 36);
    postgres.createDatabase(database);
    return postgres.config(database);
  }
}
