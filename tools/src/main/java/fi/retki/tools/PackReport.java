package fi.retki.tools;

import fi.retki.scenes.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** How the commands print: problems to standard error, one per line, then a summary. */
final class PackReport {
  private final PrintWriter out;
  private final PrintWriter err;
  private int packs;
  private int badPacks;
  private int problems;

  PackReport(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  void problems(List<Problem> found) {
    packs++;
    if (!found.isEmpty()) {
      badPacks++;
      problems += found.size();
      for (Problem problem : found) {
        err.println(problem);
      }
      err.flush();
    }
  }

  void line(String text) {
    out.println(text);
    out.flush();
  }

  /** Prints the summary and gives the exit code. */
  int finish(String verb) {
    if (badPacks > 0) {
      err.println(String.format(Locale.ROOT, "%d %s %s, %d with problems, %d %s", packs, plural(packs, "pack"), verb,
          badPacks, problems, plural(problems, "problem")));
      err.flush();
      return Retki.BAD_DATA;
    }
    out.println(String.format(Locale.ROOT, "%d %s %s, no problems", packs, plural(packs, "pack"), verb));
    out.flush();
    return Retki.OK;
  }

  static String plural(long n, String word) {
    return n == 1 ? word : word + "s";
  }

  static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }

  static String name(Path pack) {
    return pack.toAbsolutePath().normalize().getFileName().toString();
  }
}
