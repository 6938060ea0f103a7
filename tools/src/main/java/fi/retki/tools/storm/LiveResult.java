package fi.retki.tools.storm;

/**
 * How one pupil's live session went.
 *
 * @param joinNanos from sending {@code join} to the {@code welcome}, or -1
 * @param refusal the error code the join was refused with, or {@code null}
 * @param welcomeSeq the last event the welcome included, or -1; later went-tos are the pupil's to receive
 * @param wentToSeqs the seq of every went-to received, in arrival order
 * @param wentToNanos when each arrived (System.nanoTime)
 * @param outOfOrder events whose seq was not above the one before
 * @param wentToOutOfOrder of those, went-tos
 * @param gaps seqs this pupil did not receive: events meant for the teacher and other pupils
 * @param progressSent progress frames sent
 * @param error what went wrong first, or {@code null}
 */
record LiveResult(long joinNanos, String refusal, long welcomeSeq, long[] wentToSeqs, long[] wentToNanos,
    int outOfOrder, int wentToOutOfOrder, long gaps, int progressSent, String error) {
  boolean joined() {
    return joinNanos >= 0;
  }
}
