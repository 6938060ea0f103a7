package fi.retki.tools;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code retki} command line. */
@Command(
    name = "retki",
    mixinStandardHelpOptions = true,
    version = "retki 0.1.0",
    description = "Tools for Retki: check scene packs and bake them into a content store, storm a server, add teachers, torture a server with kill -9.",
    subcommands = {ValidateCommand.class, BakeCommand.class, StormCommand.class, TeacherCommand.class,
        TortureCommand.class, CommandLine.HelpCommand.class})
public final class Retki implements Runnable {
  static final int OK = 0;
  static final int USAGE = 64;
  static final int BAD_DATA = 65;
  static final int INTERNAL = 70;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: validate, bake, storm, teacher, torture or help");
  }

  /** The command line with Retki's exit codes and error printing. */
  public static CommandLine commandLine() {
    CommandLine line = new CommandLine(new Retki());
    line.setParameterExceptionHandler((e, args) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("retki: " + e.getMessage());
      err.println("try: retki " + (e.getCommandLine().getCommandName().equals("retki") ? "" : e.getCommandLine()
          .getCommandName() + " ") + "--help");
      return USAGE;
    });
    line.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      err.println("retki: internal error: " + e);
      if (Boolean.getBoolean("retki.verbose")) {
        e.printStackTrace(err);
      }
      return INTERNAL;
    });
    return line;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
