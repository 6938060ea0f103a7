package fi.retki.tools.storm;

/**
 * How one pupil's join went.
 *
 * @param firstViewNanos from the storm's start until every first-view asset was in, or -1
 * @param readyNanos from the storm's start until every asset was in, or -1
 * @param error what stopped the pupil, or {@code null}
 */
record PupilResult(long firstViewNanos, long readyNanos, long bytes, String error) {
  boolean ready() {
    return error == null && readyNanos >= 0;
  }
}
