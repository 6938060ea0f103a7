package fi.retki.tools;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.server.store.Database;
import fi.retki.server.store.PostgresServer;
import fi.retki.server.store.Teachers;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code retki teacher add}, with the password on standard input, checked against the store it wrote. */
class TeacherCommandTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  @TempDir Path data;

  private record Run(int exit, String out, String err) {}

  private static Run run(String stdin, String... args) {
    return run(Map.of(), stdin, args);
  }

  private static Run run(Map<String, String> environment, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = Retki.commandLine();
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    TeacherCommand.Add add = line.getSubcommands().get("teacher").getSubcommands().get("add").getCommand();
    add.console = null;
    add.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    add.environment = environment;
    int exit = line.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Teachers teachers(Database db) {
    return new Teachers(db);
  }

  @Test
  void add_passwordOnStdin_addsATeacherWhoCanSignIn() {
    Run run = run("correct horse battery\n", "teacher", "add", "Anna Virtanen", "--data", data.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("teacher Anna Virtanen added" + System.lineSeparator());
    try (Database db = Database.open(data)) {
      assertThat(teachers(db).verify("Anna Virtanen", "correct horse battery".toCharArray())).isPresent();
      assertThat(teachers(db).verify("Anna Virtanen", "correct horse".toCharArray())).isEmpty();
    }
  }

  @Test
  void add_takenName_exits65NamingIt() {
    assertThat(run("correct horse\n", "teacher", "add", "anna", "--data", data.toString()).exit()).isZero();
    Run again = run("another password\n", "teacher", "add", "anna", "--data", data.toString());
    assertThat(again.exit()).isEqualTo(65);
    assertThat(again.err()).isEqualTo("retki: a teacher named anna already exists" + System.lineSeparator());
  }

  @Test
  void add_shortOrMissingPassword_exits65AndAddsNobody() {
    Run shortOne = run("short\n", "teacher", "add", "anna", "--data", data.toString());
    assertThat(shortOne.exit()).isEqualTo(65);
    assertThat(shortOne.err()).contains("a password needs at least 8 characters");
    Run none = run("", "teacher", "add", "anna", "--data", data.toString());
    assertThat(none.exit()).isEqualTo(65);
    assertThat(none.err()).contains("no password on standard input");
    try (Database db = Database.open(data)) {
      assertThat(teachers(db).any()).isFalse();
    }
  }

  @Test
  void add_withoutAName_isWrongUsage() {
    Run run = run("correct horse\n", "teacher", "add", "--data", data.toString());
    assertThat(run.exit()).isEqualTo(64);
    assertThat(run.err()).contains("NAME");
    assertThat(run("", "teacher").exit()).isEqualTo(64);
  }

  /** A fresh database's name on the test PostgreSQL. */
  private static String postgres() {
    String name = "teacher_command_" + DATABASES.incrementAndGet();
    PostgresServer.shared().createDatabase(name);
    return name;
  }

  @Test
  void add_toPostgres_whileAServerHasItOpen_addsATeacherTheServerSees() {
    PostgresServer server = PostgresServer.shared();
    String name = postgres();
    String url = server.jdbcUrl(name);
    try (Database running = Database.open(server.config(name), data)) {
      Run run = run(Map.of("RETKI_DATABASE_PASSWORD", server.password()), "correct horse battery\n",
          "teacher", "add", "Anna Virtanen", "--database-url", url, "--database-user", server.user());
      assertThat(run.err()).isEmpty();
      assertThat(run.exit()).isZero();
      assertThat(run.out()).isEqualTo("teacher Anna Virtanen added" + System.lineSeparator());
      assertThat(teachers(running).verify("Anna Virtanen", "correct horse battery".toCharArray())).isPresent();
    }
    assertThat(data).as("nothing of PostgreSQL's in the data directory").isEmptyDirectory();
  }

  @Test
  void add_toPostgres_withThePasswordInAFile_usesTheFile() throws Exception {
    PostgresServer server = PostgresServer.shared();
    String url = server.jdbcUrl(postgres());
    Path passwordFile = Files.writeString(data.resolve("db-password"), server.password() + "\n");
    Run run = run("correct horse\n", "teacher", "add", "anna", "--database-url", url,
        "--database-password-file", passwordFile.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    Run again = run("correct horse\n", "teacher", "add", "anna", "--database-url", url,
        "--database-password-file", passwordFile.toString());
    assertThat(again.exit()).isEqualTo(65);
    assertThat(again.err()).isEqualTo("retki: a teacher named anna already exists" + System.lineSeparator());
  }

  @Test
  void add_toPostgres_wrongPassword_exits65SayingSo() {
    String url = PostgresServer.shared().jdbcUrl(postgres());
    Run run = run(Map.of("RETKI_DATABASE_PASSWORD", "not-it"), "correct horse\n", "teacher", "add", "anna",
        "--database-url", url);
    assertThat(run.exit()).isEqualTo(65);
    assertThat(run.err()).isEqualTo("retki: the database at " + url + " refused the password of user retki: "
        + "FATAL: password authentication failed for user \"retki\"" + System.lineSeparator());
  }

  @Test
  void add_databaseOptionsThatDoNotFit_areWrongUsage() throws Exception {
    String url = "jdbc:postgresql://127.0.0.1:5432/retki";
    Path file = Files.writeString(data.resolve("db-password"), "secret");
    Run both = run("correct horse\n", "teacher", "add", "anna", "--data", data.toString(), "--database-url", url);
    assertThat(both.exit()).isEqualTo(64);
    assertThat(both.err()).contains("give --data (the embedded database) or --database-url (PostgreSQL), not both");
    Run userAlone = run("correct horse\n", "teacher", "add", "anna", "--database-user", "retki");
    assertThat(userAlone.exit()).isEqualTo(64);
    assertThat(userAlone.err()).contains("--database-user needs --database-url");
    Run notPostgres = run("correct horse\n", "teacher", "add", "anna", "--database-url", "jdbc:h2:mem:x");
    assertThat(notPostgres.exit()).isEqualTo(64);
    assertThat(notPostgres.err()).contains("\"jdbc:h2:mem:x\" is not a PostgreSQL JDBC URL");
    Run twoPasswords = run(Map.of("RETKI_DATABASE_PASSWORD", "secret"), "correct horse\n", "teacher", "add", "anna",
        "--database-url", url, "--database-password-file", file.toString());
    assertThat(twoPasswords.exit()).isEqualTo(64);
    assertThat(twoPasswords.err()).contains("RETKI_DATABASE_PASSWORD or --database-password-file, not both");
    assertThat(run("", "teacher", "add", "anna", "--database-password", "secret").exit())
        .as("a password is never a flag").isEqualTo(64);
  }
}
