package fi.retki.server.assets;

import fi.retki.server.EventLog;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Blobs that could not be read or failed their hash check. Each is logged once, however many
 * requests hit it; their number is a metric, so an operator sees a rotting disk.
 */
public final class UnreadableBlobs {
  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  void report(String sha256, Throwable cause) {
    if (seen.add(sha256)) {
      EventLog.error("event=failure kind=unreadable-blob sha256=" + sha256, cause);
    }
  }

  /** How many different blobs have failed. */
  public long count() {
    return seen.size();
  }
}
