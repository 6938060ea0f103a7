package fi.retki.tools;

import fi.retki.server.config.DatabaseConfig;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
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

  /** {@code retki teacher add NAME [--data DIR | --database-url URL [--database-user U]]}. */
  @Command(name = "add", mixinStandardHelpOptions = true,
      description = {"Add a teacher. On a terminal it asks for the password twice without showing it; otherwise "
          + "it reads the password as one line of standard input.",
          "With --data it writes to the server's embedded database: run it while the server is stopped. With "
          + "--database-url it writes to the PostgreSQL database the servers share, while they run; the database "
          + "user's password comes from the environment variable " + Add.PASSWORD_VARIABLE
          + " or --database-password-file."})
  static final class Add implements Callable<Integer> {
    static final String PASSWORD_VARIABLE = "RETKI_DATABASE_PASSWORD";

    @Parameters(paramLabel = "NAME", description = "the name the teacher signs in with")
    String name;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
        description = "the server's data directory (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--database-url", paramLabel = "URL",
        description = "the servers' PostgreSQL database, e.g. jdbc:postgresql://127.0.0.1:5432/retki")
    String databaseUrl;

    @Option(names = "--database-user", paramLabel = "USER", defaultValue = "retki",
        description = "the PostgreSQL user (default: ${DEFAULT-VALUE})")
    String databaseUser;

    @Option(names = "--database-password-file", paramLabel = "FILE",
        description = "a file holding the PostgreSQL user's password (or set " + PASSWORD_VARIABLE + ")")
    Path databasePasswordFile;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    // Where the passwords come from; tests give standard input, no terminal and an environment.
    Console console = System.console();
    InputStream stdin = System.in;
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      DatabaseConfig database = database();
      try (Database db = Database.open(database, data)) {
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

    /** The embedded database, or PostgreSQL with the user's password; a usage error for a mix of both. */
    private DatabaseConfig database() throws IOException {
      CommandLine.ParseResult given = spec.commandLine().getParseResult();
      if (databaseUrl == null) {
        for (String option : new String[] {"--database-user", "--database-password-file"}) {
          if (given.hasMatchedOption(option)) {
            throw usage(option + " needs --database-url");
          }
        }
        return DatabaseConfig.EMBEDDED;
      }
      if (given.hasMatchedOption("--data")) {
        throw usage("give --data (the embedded database) or --database-url (PostgreSQL), not both");
      }
      String url = databaseUrl.trim();
      if (!url.startsWith("jdbc:postgresql://")) {
        throw usage("--database-url: \"" + url + "\" is not a PostgreSQL JDBC URL; use e.g. "
            + "jdbc:postgresql://127.0.0.1:5432/retki");
      }
      String fromEnvironment = environment.get(PASSWORD_VARIABLE);
      if (fromEnvironment != null && databasePasswordFile != null) {
        throw usage("the database password comes from " + PASSWORD_VARIABLE + " or --database-password-file, not both");
      }
      String password = fromEnvironment;
      if (databasePasswordFile != null) {
        if (!Files.isRegularFile(databasePasswordFile) || !Files.isReadable(databasePasswordFile)) {
          throw usage("--database-password-file: \"" + databasePasswordFile + "\" is not a readable file");
        }
        password = Files.readString(databasePasswordFile).strip();
      }
      return new DatabaseConfig(url, databaseUser, password);
    }

    private CommandLine.ParameterException usage(String message) {
      return new CommandLine.ParameterException(spec.commandLine(), message);
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
