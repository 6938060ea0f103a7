package fi.retki.tools.torture;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What a torture run does: the packaged server's jar and data directory (kept across rounds, so
 * the database grows), the rounds, the load per round, the window in which the kill falls after
 * the traffic has begun, the seed that picks each kill moment, and the limit on the whole run.
 */
public record TorturePlan(Path serverJar, Path dataDir, int port, int rounds, int sessions, int pupils, int uploaders,
    long seed, Duration killFrom, Duration killTo, Duration limit) {
  public TorturePlan {
    Objects.requireNonNull(serverJar, "serverJar");
    Objects.requireNonNull(dataDir, "dataDir");
    if (rounds < 1 || sessions < 1 || pupils < 1) {
      throw new IllegalArgumentException("a torture needs at least 1 round, 1 session and 1 pupil");
    }
    if (uploaders < 0 || uploaders > sessions * pupils) {
      throw new IllegalArgumentException("uploaders must be 0 to " + sessions * pupils + " (the pupils), not " + uploaders);
    }
    if (killFrom.isNegative() || killTo.compareTo(killFrom) < 0) {
      throw new IllegalArgumentException("the kill window " + killFrom + ".." + killTo + " is empty");
    }
  }
}
