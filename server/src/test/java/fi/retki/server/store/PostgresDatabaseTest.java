package fi.retki.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.retki.server.config.DatabaseConfig;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostgreSQL as a city uses it: several servers on one database, and what a person is told when it fails. */
class PostgresDatabaseTest {
  @TempDir Path dataDir;
  private final PostgresServer server = PostgresServer.shared();

  @Test
  void twoNodesOpeningOneDatabaseAtOnce_migrateItOnce_andSeeEachOthersCommits() throws Exception {
    String name = "two_nodes";
    server.createDatabase(name);
    DatabaseConfig config = server.config(name);
    ExecutorService starting = Executors.newFixedThreadPool(2);
    CyclicBarrier together = new CyclicBarrier(2);
    try {
      CompletableFuture<Database> first = CompletableFuture.supplyAsync(() -> openAfter(together, config, "a"), starting);
      CompletableFuture<Database> second = CompletableFuture.supplyAsync(() -> openAfter(together, config, "b"), starting);
      try (Database a = first.get(); Database b = second.get()) {
        assertThat(DatabaseTest.appliedMigrations(a)).containsExactly("1", "2", "3", "4", "5");

        Teacher anna = Fixtures.teacher(a, "anna");
        assertThat(Fixtures.teachers(b).verify("anna", "correct horse".toCharArray())).contains(anna);

        SessionStore onA = new SessionStore(a);
        SessionStore onB = new SessionStore(b);
        onB.create(Fixtures.session("s1", anna.id(), "K7PX2M", Fixtures.T0));
        onB.append("s1", List.of(new StoredEvent(1, "went-to", "{\"poi\":\"sloth\"}", Fixtures.T0)));
        assertThat(onA.openCodes()).containsExactly("K7PX2M");
        assertThat(onA.events("s1")).extracting(StoredEvent::body).containsExactly("{\"poi\":\"sloth\"}");
        assertThatThrownBy(() -> onA.append("s1", List.of(new StoredEvent(1, "went-to", "{}", Fixtures.T0))))
            .as("the seq node B wrote is taken for node A too").isInstanceOf(IllegalStateException.class);
      }
    } finally {
      starting.shutdownNow();
    }
  }

  private Database openAfter(CyclicBarrier together, DatabaseConfig config, String node) {
    try {
      together.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return Database.open(config, dataDir.resolve(node));
  }

  @Test
  void open_keepsNothingInTheDataDirectory() {
    server.createDatabase("nothing_local");
    try (Database db = Database.open(server.config("nothing_local"), dataDir)) {
      Fixtures.teacher(db, "anna");
    }
    assertThat(dataDir).isEmptyDirectory();
  }

  @Test
  void open_wrongPassword_saysTheDatabaseRefusedTheUsersPassword() {
    server.createDatabase("wrong_password");
    DatabaseConfig wrong = new DatabaseConfig(server.jdbcUrl("wrong_password"), server.user(), "not-the-password");
    assertThatThrownBy(() -> Database.open(wrong, dataDir))
        .isInstanceOf(StoreException.class)
        .hasMessage("the database at " + server.jdbcUrl("wrong_password") + " refused the password of user retki: "
            + "FATAL: password authentication failed for user \"retki\"");
  }

  @Test
  void open_noPassword_saysOneIsNeeded() {
    DatabaseConfig none = new DatabaseConfig(server.jdbcUrl("postgres"), server.user(), null);
    assertThatThrownBy(() -> Database.open(none, dataDir))
        .isInstanceOf(StoreException.class)
        .hasMessage("the database at " + server.jdbcUrl("postgres") + " turned user retki away: "
            + "The server requested SCRAM-based authentication, but no password was provided.");
  }

  @Test
  void open_noSuchDatabase_saysHowToCreateIt() {
    DatabaseConfig missing = new DatabaseConfig(server.jdbcUrl("no_such_db") + "?ssl=false", server.user(), server.password());
    assertThatThrownBy(() -> Database.open(missing, dataDir))
        .isInstanceOf(StoreException.class)
        .hasMessage("cannot open the database at " + server.jdbcUrl("no_such_db") + ": FATAL: database \"no_such_db\" "
            + "does not exist; create it first (e.g. createdb --owner=retki no_such_db)");
  }

  @Test
  void open_serverDown_saysItCannotReachIt() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + closed + "/retki";
    assertThatThrownBy(() -> Database.open(new DatabaseConfig(url, "retki", "secret"), dataDir))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot reach the database at " + url + ": Connection to 127.0.0.1:" + closed + " refused");
  }
}
