package fi.retki.server.store;

import fi.retki.server.config.DatabaseConfig;
import java.nio.file.Path;

/** One test's database, which the test may open, close and open again. */
record TestDatabase(DatabaseConfig config, Path dataDir) {
  /** Opens it as the server does, migrating it. */
  Database open() {
    return Database.open(config, dataDir);
  }

  /** The JDBC URL a test can reach it by without {@link Database}: for H2, the embedded file. */
  String jdbcUrl() {
    return config.embedded()
        ? "jdbc:h2:file:" + dataDir.resolve("db/retki").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"
        : config.url();
  }

  String user() {
    return config.embedded() ? "retki" : config.user();
  }

  String password() {
    return config.embedded() ? "" : config.password();
  }
}
