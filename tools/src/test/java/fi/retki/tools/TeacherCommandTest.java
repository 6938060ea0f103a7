package fi.retki.tools;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.server.store.Database;
import fi.retki.server.store.Teachers;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code retki teacher add}, with the password on standard input, checked against the store it wrote. */
class TeacherCommandTest {
  @TempDir Path data;

  private record Run(int exit, String out, String err) {}

  private static Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = Retki.commandLine();
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    TeacherCommand.Add add = line.getSubcommands().get("teacher").getSubcommands().get("add").getCommand();
    add.console = null;
    add.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
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
}
