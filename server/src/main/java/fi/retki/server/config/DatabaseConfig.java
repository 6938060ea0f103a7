package fi.retki.server.config;

/**
 * Where the server keeps what outlives a restart: the embedded H2 file under the data directory
 * (the default, {@link #EMBEDDED}), or a PostgreSQL server that several nodes share.
 *
 * @param url the JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/retki}; null for embedded
 * @param user the database user; null for embedded
 * @param password the user's password (from {@code RETKI_DATABASE_PASSWORD} or {@code
 *     databasePasswordFile}, never a flag); null for none
 */
public record DatabaseConfig(String url, String user, String password) {
  /** The embedded database in {@code DATA/db/}. */
  public static final DatabaseConfig EMBEDDED = new DatabaseConfig(null, null, null);

  public DatabaseConfig {
    if (url == null && (user != null || password != null)) {
      throw new IllegalArgumentException("a database user or password needs a databaseUrl");
    }
  }

  /** True for the embedded database under the data directory. */
  public boolean embedded() {
    return url == null;
  }

  /** Never shows the password (configurations get logged). */
  @Override
  public String toString() {
    return embedded() ? "embedded" : url + " as " + user + (password == null ? "" : " (with a password)");
  }
}
