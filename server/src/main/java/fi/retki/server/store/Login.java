package fi.retki.server.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A teacher's signed-in browser.
 *
 * @param teacherId who signed in
 * @param csrf the token that forms and scripts of this login send back with every change
 * @param expiresAt when the login stops working, to the millisecond
 */
public record Login(String teacherId, String csrf, Instant expiresAt) {
  public Login {
    Objects.requireNonNull(teacherId, "teacherId");
    Objects.requireNonNull(csrf, "csrf");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
