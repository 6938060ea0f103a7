package fi.retki.tools.storm;

import java.net.URI;
import java.time.Duration;

/**
 * What a storm does.
 *
 * @param server the server's base URL
 * @param classes how many classes join at once
 * @param pupils pupils per class
 * @param http2 one HTTP/2 connection per pupil instead of six HTTP/1.1 ones
 * @param limit the storm stops after this long, however far it got
 * @param live the live sessions, or {@code null} for a storm of asset fetches only
 */
record StormPlan(URI server, String scene, String tier, int classes, int pupils, boolean http2, Duration limit,
    LivePlan live) {
  /** Requests a pupil keeps in flight: six connections, or as many streams on one HTTP/2 connection. */
  int inFlight() {
    return 6;
  }

  int totalPupils() {
    return classes * pupils;
  }

  /** The class of the pupil with this index: pupils are numbered class by class. */
  int classOf(int pupil) {
    return pupil / pupils;
  }
}
