package fi.retki.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The server's database: a small pool of connections to a schema that Flyway has brought up to
 * date. Embedded H2 in the data directory by default; any JDBC URL (PostgreSQL) by {@link
 * #open(String, String, String)}.
 */
public final class Database implements AutoCloseable {
  /*
   * WRITE_DELAY=0 is what makes a commit survive a kill -9. H2's default (500 ms) lets a
   * background thread write committed changes later; at 0 that thread is off and every
   * transaction's commit writes its MVStore chunk to the file before COMMIT returns (H2 2.x
   * TransactionStore.endTransaction calls MVStore.commit() when getAutoCommitDelay() == 0; see
   * "SET WRITE_DELAY" in H2's grammar). The write reaches the operating system, not the disk
   * platter: no fsync per commit, so a power cut can still lose the last moments, a crashed or
   * killed JVM cannot. CommitSurvivesKillIT holds this; without the setting it loses the events.
   *
   * DB_CLOSE_ON_EXIT=FALSE: H2 must not close the file from its own shutdown hook while the
   * server is still writing its last events; closing the pool closes the file.
   */
  private static final String H2_SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
  private static final String H2_USER = "retki";
  private static final String MIGRATIONS = "classpath:fi/retki/server/store/migration";
  private static final int POOL_SIZE = 4;
  /** H2's error code for a database file locked by another process. */
  private static final int H2_DATABASE_IN_USE = 90020;

  /*
   * HikariCP and Flyway (through SLF4J to java.util.logging) report every pool start and every
   * schema check at INFO: a dozen lines per open in a log that has one line per event, and in the
   * retki command's output. Their warnings and errors still show. Left alone if the operator has
   * set these loggers' levels; held here because java.util.logging keeps loggers only weakly.
   */
  private static final List<Logger> QUIETED = quiet("com.zaxxer.hikari", "org.flywaydb");

  private final HikariDataSource pool;

  private Database(HikariDataSource pool) {
    this.pool = pool;
  }

  /**
   * Opens (creating it if need be) the embedded database in {@code dataDir/db/}, and migrates it.
   * The folder and its files are readable only by the server's user.
   */
  public static Database open(Path dataDir) {
    Path file = dataDir.resolve("db").resolve("retki").toAbsolutePath();
    if (file.toString().contains(";")) {
      throw new StoreException("the data directory " + dataDir + " has a ';' in its path; choose one without");
    }
    privately(dataDir, file.getParent(), false);
    try {
      Database database = open("jdbc:h2:file:" + file + H2_SETTINGS, H2_USER, "");
      try {
        privately(dataDir, file.getParent(), true);
      } catch (StoreException e) {
        database.close();
        throw e;
      }
      return database;
    } catch (StoreException e) {
      if (inUse(e)) {
        throw new StoreException("the database in " + file.getParent() + " is in use by another program "
            + "(a running Retki server?); stop it first", e);
      }
      throw e;
    }
  }

  /** Opens a database by its JDBC URL, e.g. {@code jdbc:postgresql://host/retki}, and migrates it. */
  public static Database open(String jdbcUrl, String user, String password) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    HikariConfig config = new HikariConfig();
    config.setPoolName("retki-db");
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(POOL_SIZE);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException("cannot open the database: " + rootMessage(e), e);
    }
    try {
      Flyway.configure(Database.class.getClassLoader())
          .dataSource(pool)
          .locations(MIGRATIONS)
          .load()
          .migrate();
    } catch (FlywayException e) {
      pool.close();
      throw new StoreException("cannot bring the database up to date: " + rootMessage(e), e);
    }
    return new Database(pool);
  }

  /** Closes every connection; an embedded database is then closed too. */
  @Override
  public void close() {
    pool.close();
  }

  /** Work on a connection, may throw {@link SQLException}. */
  @FunctionalInterface
  interface Work<T> {
    T apply(Connection connection) throws SQLException;
  }

  /** Runs work on a pooled connection in auto-commit mode. */
  <T> T read(Work<T> work) {
    try (Connection connection = pool.getConnection()) {
      return work.apply(connection);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Runs work in one transaction: committed before this returns, rolled back if the work throws. */
  <T> T transaction(Work<T> work) {
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.apply(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** True if the failure is a unique or primary key constraint (SQLSTATE 23505 in H2 and PostgreSQL). */
  static boolean isDuplicate(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  private static IllegalStateException failed(SQLException e) {
    return new IllegalStateException("database: " + e.getMessage(), e);
  }

  /** The data folder if new, {@code db/} and (once H2 has made them) its files: the server's user's alone. */
  private static void privately(Path dataDir, Path folder, boolean files) {
    try {
      OwnerOnly.newFolder(dataDir);
      OwnerOnly.folder(folder);
      if (files) {
        OwnerOnly.files(folder);
      }
    } catch (java.io.IOException e) {
      throw new StoreException("cannot make " + folder + " readable only by this user: " + e.getMessage(), e);
    }
  }

  private static boolean inUse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
        return true;
      }
    }
    return false;
  }

  private static List<Logger> quiet(String... names) {
    List<Logger> loggers = new ArrayList<>();
    for (String name : names) {
      Logger logger = Logger.getLogger(name);
      if (logger.getLevel() == null) {
        logger.setLevel(Level.WARNING);
      }
      loggers.add(logger);
    }
    return List.copyOf(loggers);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }
}
