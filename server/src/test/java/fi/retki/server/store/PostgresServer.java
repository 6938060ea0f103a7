package fi.retki.server.store;

import fi.retki.server.config.DatabaseConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real PostgreSQL for tests: Debian's server in a temporary directory, listening on a free port
 * of 127.0.0.1 only, with a user who signs in by password. {@link #shared()} is the one a test JVM
 * shares; {@link #createDatabase} gives each test a database of its own in milliseconds.
 */
public final class PostgresServer implements AutoCloseable {
  /*
   * initdb and pg_ctl are not on Debian's PATH; they live in /usr/lib/postgresql/<version>/bin.
   * initdb refuses to run as root, so as root (CI) both run as the package's `postgres` user, who
   * then owns the directory. Over TCP every user signs in with a scram-sha-256 password (the path
   * a real server takes); only the socket in the directory itself trusts its local users. The
   * admin (a superuser) creates databases; the user tests connect as owns them and is no
   * superuser, as on a school's server. fsync and synchronous commits are off: the data are thrown
   * away at close, and a crash test belongs to H2.
   */
  private static final Path DEBIAN_VERSIONS = Path.of("/usr/lib/postgresql");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
  private static final String ADMIN = "retki_admin";
  private static final String USER = "retki";
  private static final long START_SECONDS = 60;

  private static PostgresServer shared;
  private static RuntimeException sharedFailure;

  private final Path bin;
  private final Path dir;
  private final int port;
  private final String adminPassword;
  private final String password;
  private final List<String> asOwner;
  private final Connection admin;

  private PostgresServer(Path bin, Path dir, int port, String adminPassword, String password, List<String> asOwner)
      throws SQLException {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.adminPassword = adminPassword;
    this.password = password;
    this.asOwner = asOwner;
    this.admin = DriverManager.getConnection(jdbcUrl("postgres"), ADMIN, adminPassword);
    try (Statement statement = admin.createStatement()) {
      statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + password + "'");
    }
  }

  /**
   * The PostgreSQL this JVM's tests share, started on first use and stopped when the JVM exits.
   *
   * @throws IllegalStateException if PostgreSQL is not installed (saying how to install it) or
   *     did not start; every later call throws the same
   */
  public static synchronized PostgresServer shared() {
    if (sharedFailure != null) {
      throw sharedFailure;
    }
    if (shared == null) {
      try {
        shared = start();
      } catch (RuntimeException e) {
        sharedFailure = e;
        throw e;
      }
      PostgresServer started = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "postgres-stop"));
    }
    return shared;
  }

  /** Starts a new PostgreSQL of its own; close it. */
  public static PostgresServer start() {
    Path bin = binaries(DEBIAN_VERSIONS);
    boolean root = "root".equals(ProcessHandle.current().info().user().orElse(""));
    Path dir = null;
    try {
      dir = Files.createTempDirectory("retki-pg");
      List<String> asOwner = root ? List.of(runuser(), "-u", "postgres", "--") : List.of();
      if (root) {
        Files.setOwner(dir, postgresUser());
      }
      String adminPassword = secret();
      String password = secret();
      initdb(bin, dir, asOwner, adminPassword, root);
      IOException lastBind = null;
      for (int attempt = 0; attempt < 3; attempt++) {
        int port = freePort();
        try {
          pgCtl(bin, dir, asOwner, "-l", dir.resolve("server.log").toString(), "-w", "-t", Long.toString(START_SECONDS),
              "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                  + " -c synchronous_commit=off -c full_page_writes=off",
              "start");
        } catch (IOException e) {
          lastBind = e; // most likely another program took the port between freePort() and now
          continue;
        }
        try {
          return new PostgresServer(bin, dir, port, adminPassword, password, asOwner);
        } catch (SQLException e) {
          stop(bin, dir, asOwner);
          throw new IllegalStateException("PostgreSQL started in " + dir + " but refused its admin: " + e.getMessage(), e);
        }
      }
      throw new IllegalStateException("PostgreSQL did not start: " + lastBind.getMessage(), lastBind);
    } catch (IOException e) {
      delete(dir);
      throw new UncheckedIOException("cannot start PostgreSQL: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      delete(dir);
      throw e;
    }
  }

  /**
   * Creates an empty database owned by {@link #user()}.
   *
   * @param name lower-case letters, digits and underscores, starting with a letter
   * @return its JDBC URL
   */
  public synchronized String createDatabase(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a database name is a-z, 0-9 and _, starting with a letter, not " + name);
    }
    try (Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name + " OWNER " + USER);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the database " + name + ": " + e.getMessage(), e);
    }
    return jdbcUrl(name);
  }

  /** The database's URL (whether or not it exists). */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** The configuration a server would have for this database. */
  public DatabaseConfig config(String database) {
    return new DatabaseConfig(jdbcUrl(database), USER, password);
  }

  /** The user who owns the databases and signs in with {@link #password()}. */
  public String user() {
    return USER;
  }

  public String password() {
    return password;
  }

  public int port() {
    return port;
  }

  /** Stops the server and deletes its directory. */
  @Override
  public synchronized void close() {
    try {
      admin.close();
    } catch (SQLException e) {
      // the server is stopped next in any case
    }
    try {
      stop(bin, dir, asOwner);
    } finally {
      delete(dir);
    }
  }

  /** The newest PostgreSQL's bin folder in {@code versions}, where Debian's packages put them. */
  static Path binaries(Path versions) {
    List<Path> found = new ArrayList<>();
    if (Files.isDirectory(versions)) {
      try (Stream<Path> listed = Files.list(versions)) {
        listed.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb"))).forEach(found::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return found.stream()
        .max(Comparator.comparingInt(PostgresServer::version))
        .orElseThrow(() -> new IllegalStateException("PostgreSQL is not installed (no " + versions
            + "/<version>/bin/initdb): run ./test.sh --install-only, which installs Debian's postgresql package"));
  }

  private static int version(Path bin) {
    try {
      return Integer.parseInt(bin.getParent().getFileName().toString());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String runuser() {
    for (String candidate : List.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    throw new IllegalStateException("running as root, PostgreSQL needs runuser (util-linux) to run as user postgres");
  }

  private static UserPrincipal postgresUser() throws IOException {
    try {
      return Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
    } catch (java.nio.file.attribute.UserPrincipalNotFoundException e) {
      throw new IllegalStateException("running as root, PostgreSQL runs as user postgres, and there is none: "
          + "run ./test.sh --install-only, which installs Debian's postgresql package (it creates the user)", e);
    }
  }

  private static void initdb(Path bin, Path dir, List<String> asOwner, String adminPassword, boolean root)
      throws IOException {
    Path passwordFile = dir.resolve("admin-password");
    Files.writeString(passwordFile, adminPassword, StandardCharsets.UTF_8);
    if (root) {
      Files.setOwner(passwordFile, postgresUser());
    }
    try {
      List<String> command = new ArrayList<>(asOwner);
      command.addAll(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", ADMIN,
          "--pwfile=" + passwordFile, "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
          "--no-locale", "--no-sync"));
      run(command, dir, dir.resolve("initdb.log"));
    } finally {
      Files.deleteIfExists(passwordFile);
    }
  }

  private static void pgCtl(Path bin, Path dir, List<String> asOwner, String... args) throws IOException {
    List<String> command = new ArrayList<>(asOwner);
    command.add(bin.resolve("pg_ctl").toString());
    command.add("-D");
    command.add(dir.resolve("data").toString());
    command.addAll(List.of(args));
    run(command, dir, dir.resolve("pg_ctl.log"));
  }

  private static void stop(Path bin, Path dir, List<String> asOwner) {
    try {
      pgCtl(bin, dir, asOwner, "-m", "immediate", "-w", "stop");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stop PostgreSQL in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Runs a command to its end; its output goes to {@code log}, and into the exception if it fails. */
  private static void run(List<String> command, Path dir, Path log) throws IOException {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
    try {
      if (!process.waitFor(START_SECONDS + 30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(command.get(command.size() - 1) + " did not finish in time; see " + log);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + command, e);
    }
    if (process.exitValue() != 0) {
      String said = Files.readString(log, StandardCharsets.UTF_8);
      Path serverLog = dir.resolve("server.log");
      if (Files.isReadable(serverLog)) {
        said += Files.readString(serverLog, StandardCharsets.UTF_8);
      }
      throw new IOException(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + said.strip());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** A password of URL-safe letters (it is put in SQL and in files as it is). */
  private static String secret() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void delete(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
    }
  }
}
