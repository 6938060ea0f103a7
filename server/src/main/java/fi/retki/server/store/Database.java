package fi.retki.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fi.retki.server.config.DatabaseConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The server's database: a small pool of connections to a schema that Flyway has brought up to
 * date. Embedded H2 in the data directory by default; PostgreSQL, which several servers can share,
 * by {@link #open(DatabaseConfig, Path)} with a URL. The same migrations run on both: standard SQL.
 */
public final class Database implements AutoCloseable {
  /*
   * What holds: once transaction() has returned, its changes are in the database file as the
   * operating system holds it, and an embedded H2 opened after a kill -9 finds them. The write
   * reaches the operating system, not the disk platter (no fsync per commit): a power cut can
   * still lose the last moments; a crashed or killed JVM cannot. Three settings make it so.
   *
   * WRITE_DELAY=0: H2's default (500 ms) leaves committed changes to a background writer; at 0
   * that thread is off and each commit stores its MVStore chunk before COMMIT returns
   * (TransactionStore.endTransaction calls MVStore.commit() when getAutoCommitDelay() == 0).
   * When two transactions commit at once, one store may cover both: MVStore.commit() skips its
   * own store only if another store began after this transaction's changes were applied (it reads
   * the version after them, and a store increments the version before it collects the maps), so
   * concurrent writers need no lock of ours. Checked: after every burst of 4 concurrent writers
   * MVStore.hasUnsavedChanges() was false, 0 in thousands of bursts.
   *
   * REUSE_SPACE=FALSE: this is what WRITE_DELAY=0 alone does not give. H2 2.5 writes a new chunk
   * into the first free gap of the file once old chunks have been freed; when the gap is not where
   * the previous chunk predicted (its "next" field) and not at the end of the file, H2 rewrites the
   * file header, but pointing to the previous chunk (RandomAccessStore.writeChunk runs before
   * FileStore.storeBuffer sets lastChunk). Opened after a crash, H2 then does not find that chunk,
   * nor chunks chained after it: the last commits are gone, with one writer as with many. Measured
   * on a copy of the file taken after each burst of commits had returned (what kill -9 leaves):
   * 147 of 400 bursts lacked acknowledged rows, up to 9 chunks behind; LastCommitFoundAfterCrashIT
   * holds it. With REUSE_SPACE=FALSE every chunk is appended at the end of the file, where H2 finds
   * the newest chunk by its footer: 0 of 400.
   *
   * The price is a file that only grows while the server runs (about 4 to 16 KB per commit, freed
   * chunks are never overwritten) and keeps deleted rows in its freed chunks (H2 compacts at close
   * only with space reuse on). So close() compacts the file (SHUTDOWN COMPACT rewrites the live
   * data: 25 MB became 120 KB in 4 s), and after a kill -9, which closes nothing, open() compacts
   * it before the server uses it when it has grown past COMPACT_ABOVE_BYTES; nothing is
   * acknowledged before either ends. A kill during compaction loses nothing (H2 writes a new file
   * and renames it).
   *
   * DB_CLOSE_ON_EXIT=FALSE: H2 must not close the file from its own shutdown hook while the
   * server is still writing its last events; closing the pool closes the file.
   *
   * PostgreSQL (open(String, String, String)) promises durable commits itself; none of this applies.
   */
  private static final String H2_SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;REUSE_SPACE=FALSE";
  /** An embedded database file larger than this is compacted when it is opened. */
  static final long COMPACT_ABOVE_BYTES = 64L << 20;
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

  /** The embedded database's URL, compacted on close; null for a database server. */
  private final String compactOnClose;
  /** The embedded database's folder, whose files compaction writes anew; null for a database server. */
  private final Path folder;

  /*
   * In one JVM, H2 shares one open database between every connection to the same file (a test
   * opens the server's database beside it to add a teacher). SHUTDOWN COMPACT would close it for
   * all of them, so only the last Database of a file to close compacts it.
   */
  private static final java.util.Map<String, Integer> OPEN_EMBEDDED = new java.util.HashMap<>();
  private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

  private Database(HikariDataSource pool, String compactOnClose, Path folder) {
    this.pool = pool;
    this.compactOnClose = compactOnClose;
    this.folder = folder;
    if (compactOnClose != null) {
      synchronized (OPEN_EMBEDDED) {
        OPEN_EMBEDDED.merge(compactOnClose, 1, Integer::sum);
      }
    }
  }

  /**
   * Opens the configured database and migrates it: the embedded one in {@code dataDir/db/}, or the
   * PostgreSQL database at the configuration's URL (the data directory then holds none of it).
   *
   * @throws StoreException naming what is wrong: a refused password, a missing database, a server
   *     that cannot be reached
   */
  public static Database open(DatabaseConfig config, Path dataDir) {
    return config.embedded() ? open(dataDir) : open(config.url(), config.user(), config.password());
  }

  /**
   * Opens (creating it if need be) the embedded database in {@code dataDir/db/}, and migrates it.
   * The folder and its files are readable only by the server's user.
   */
  public static Database open(Path dataDir) {
    return open(dataDir, COMPACT_ABOVE_BYTES);
  }

  /** As {@link #open(Path)}, compacting the file first if it is larger than {@code compactAboveBytes}. */
  static Database open(Path dataDir, long compactAboveBytes) {
    Path file = dataDir.resolve("db").resolve("retki").toAbsolutePath();
    if (file.toString().contains(";")) {
      throw new StoreException("the data directory " + dataDir + " has a ';' in its path; choose one without");
    }
    privately(dataDir, file.getParent(), false);
    String url = "jdbc:h2:file:" + file + H2_SETTINGS;
    try {
      compactIfLarger(file, url, compactAboveBytes);
      Database database = new Database(pool(url, H2_USER, ""), url, file.getParent());
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

  /** Rewrites the embedded file without its freed chunks if it has grown past {@code limit} bytes. */
  private static void compactIfLarger(Path file, String url, long limit) {
    synchronized (OPEN_EMBEDDED) {
      if (OPEN_EMBEDDED.containsKey(url)) {
        return; // open in this JVM already (a test beside its server): not ours to shut down
      }
    }
    Path data = file.resolveSibling(file.getFileName() + ".mv.db");
    try {
      if (!Files.isRegularFile(data) || Files.size(data) <= limit) {
        return;
      }
    } catch (IOException e) {
      return; // the open that follows reports what is wrong with the file
    }
    compact(url);
  }

  private static boolean lastToClose(String url) {
    synchronized (OPEN_EMBEDDED) {
      return OPEN_EMBEDDED.merge(url, -1, (held, one) -> held + one == 0 ? null : held + one) == null;
    }
  }

  /** Rewrites a closed embedded database's file with only its live data. */
  private static void compact(String url) {
    try (Connection connection = DriverManager.getConnection(url, H2_USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN COMPACT");
    } catch (SQLException e) {
      throw new StoreException("cannot compact the database: " + rootMessage(e), e);
    }
  }

  /** Opens a database by its JDBC URL, e.g. {@code jdbc:postgresql://host/retki}, and migrates it. */
  public static Database open(String jdbcUrl, String user, String password) {
    return new Database(pool(jdbcUrl, user, password), null, null);
  }

  private static HikariDataSource pool(String jdbcUrl, String user, String password) {
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
      throw new StoreException(OpenFailure.describe(e, jdbcUrl, user), e);
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
    return pool;
  }

  /**
   * Closes every connection; an embedded database is then closed and compacted, so that its file
   * holds nothing that was deleted (retention, a teacher's deletion) and has not grown by its
   * appended chunks. After a kill -9 there is no close: the next open compacts a file past
   * COMPACT_ABOVE_BYTES, and any file at the next close.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    pool.close();
    if (compactOnClose != null && lastToClose(compactOnClose)) {
      compact(compactOnClose);
      try {
        OwnerOnly.files(folder);
      } catch (java.io.IOException e) {
        throw new StoreException("cannot make " + folder + " readable only by this user: " + e.getMessage(), e);
      }
    }
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

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }
}
