package fi.retki.server.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The process {@link CommitSurvivesKillIT} kills. Opens the database and says "ready"; on each
 * line of standard input appends the next event and says "appended N"; then waits to be killed.
 */
final class AppendThenWait {
  private AppendThenWait() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Database db = Database.open(Path.of(args[0]));
    SessionStore sessions = new SessionStore(db);
    Teacher anna = Fixtures.teacher(db, "anna");
    sessions.create(Fixtures.session("s1", anna.id(), "K7PX2M", Fixtures.T0));
    System.out.println("ready");
    System.out.flush();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (int seq = 0; in.readLine() != null; seq++) {
      sessions.append("s1", List.of(new StoredEvent(seq, "went-to", "{\"poi\":" + seq + "}", Instant.EPOCH)));
      System.out.println("appended " + seq);
      System.out.flush();
    }
    Thread.sleep(120_000);
  }
}
