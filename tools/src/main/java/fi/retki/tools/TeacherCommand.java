package fi.retki.tools;

import fi.retki.server.store.Database;
import fi.retki.server.store.StoreException;
import fi.retki.server.store.Teacher;
import fi.retki.server.store.Teachers;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retki teacher add NAME}: the teachers who can sign in to the server's teacher console. */
@Command(name = "teacher", mixinStandardHelpOptions = true,
    description = "Manage the teachers who can sign in to the server's teacher console.",
    subcommands = {TeacherCommand.Add.class, CommandLine.HelpCommand.class})
final class TeacherCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: add");
  }

  /** {@code retki teacher add NAME [--data DIR]}. */
  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Add a teacher. On a terminal it asks for the password twice without showing it; otherwise "
          + "it reads the password as one line of standard input. Run it while the server is stopped: it writes "
          + "to the server's database.")
  static final class Add implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "the name the teacher signs in with")
    String name;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
        description = "the server's data directory (default: ${DEFAULT-VALUE})")
    Path data;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    // Where the password comes from; tests give standard input and no terminal.
    Console console = System.console();
    InputStream stdin = System.in;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      try (Database db = Database.open(data)) {
        char[] password = console != null ? typed(err) : line(err);
        if (password == null) {
          return Retki.BAD_DATA;
        }
        try {
          Teacher teacher = new Teachers(db).add(name, password);
          spec.commandLine().getOut().println("teacher " + teacher.name() + " added");
          return Retki.OK;
        } finally {
          Arrays.fill(password, '\0');
        }
      } catch (StoreException e) {
        err.println("retki: " + e.getMessage());
        return Retki.BAD_DATA;
      }
    }

    private char[] typed(PrintWriter err) {
      char[] first = console.readPassword("password for %s: ", name.trim());
      char[] second = first == null ? null : console.readPassword("the same again: ");
      if (second == null) {
        err.println("retki: no password given; nothing was added");
        return null;
      }
      boolean same = Arrays.equals(first, second);
      Arrays.fill(second, '\0');
      if (!same) {
        Arrays.fill(first, '\0');
        err.println("retki: the two passwords differ; nothing was added");
        return null;
      }
      return first;
    }

    private char[] line(PrintWriter err) throws IOException {
      String line = new BufferedReader(new InputStreamReader(stdin, Charset.defaultCharset())).readLine();
      if (line == null || line.isEmpty()) {
        err.println("retki: no password on standard input; give it as one line, or run this on a terminal");
        return null;
      }
      return line.toCharArray();
    }
  }
}
