package fi.retki.server;

import java.io.PrintStream;
import java.time.Instant;

/**
 * The server's structured log: one line per event, {@code key=value} pairs after the time and
 * level. Written straight to standard error so that lines logged while the JVM shuts down (when
 * java.util.logging has already been reset) are not lost.
 */
public final class EventLog {
  private static final PrintStream OUT = System.err;

  private EventLog() {}

  public static void info(String event) {
    line("INFO", event);
  }

  public static void error(String event, Throwable cause) {
    String reason = cause == null ? "" : " error=\"" + (cause.getClass().getSimpleName() + ": " + cause.getMessage())
        .replace('"', '\'').replace('\n', ' ') + "\"";
    line("ERROR", event + reason);
  }

  private static synchronized void line(String level, String event) {
    OUT.println(Instant.now() + " " + level + " " + event);
    OUT.flush();
  }
}
