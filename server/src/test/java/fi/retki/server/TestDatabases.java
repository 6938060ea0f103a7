package fi.retki.server;

import fi.retki.server.config.DatabaseConfig;

/** A fresh PostgreSQL database for a test (interim: a server named by system properties). */
final class TestDatabases {
  private TestDatabases() {}

  static DatabaseConfig fresh(String name) throws Exception {
    String base = System.getProperty("retki.test.postgres", "jdbc:postgresql://127.0.0.1:55432/");
    String db = name + "_" + Long.toString(System.nanoTime(), 36);
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(base + "postgres", "retki", "");
        java.sql.Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + db);
    }
    return new DatabaseConfig(base + db, "retki", null);
  }
}
