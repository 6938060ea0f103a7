package fi.retki.tools.storm;

import java.util.Map;

/**
 * What one class's teacher did.
 *
 * @param goTosSent the go-tos sent
 * @param goTosRefused those the server refused
 * @param sentBySeq when each went-to's go-to was sent (System.nanoTime), by the went-to's seq
 * @param error what went wrong first, or {@code null}
 */
record TeacherResult(int goTosSent, int goTosRefused, Map<Long, Long> sentBySeq, String error) {}
