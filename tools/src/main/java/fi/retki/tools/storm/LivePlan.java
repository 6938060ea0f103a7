package fi.retki.tools.storm;

import java.time.Duration;
import java.util.Objects;

/**
 * The live part of a storm: every class's teacher signs in as {@code teacher}, starts the class's
 * session, and once its pupils have joined sends a go-to every {@code goToEvery} for {@code
 * duration}, then ends the session. Every pupil joins over {@code /live} and reports its loading.
 *
 * @param teacher the name the teachers sign in with (all classes may share one account)
 * @param password that teacher's password
 * @param goToEvery the time between two go-tos
 * @param duration how long the teacher guides the class before ending the session
 */
public record LivePlan(String teacher, String password, Duration goToEvery, Duration duration) {
  public LivePlan {
    Objects.requireNonNull(teacher, "teacher");
    Objects.requireNonNull(password, "password");
    if (goToEvery.isNegative() || goToEvery.isZero()) {
      throw new IllegalArgumentException("the time between go-tos must be above 0, not " + goToEvery);
    }
    if (duration.compareTo(goToEvery) < 0) {
      throw new IllegalArgumentException("the live duration " + duration + " is shorter than one go-to interval "
          + goToEvery);
    }
  }

  /** How many go-tos a teacher sends: one at the start, then one every interval that begins within the duration. */
  int goTos() {
    return (int) ((duration.toNanos() + goToEvery.toNanos() - 1) / goToEvery.toNanos());
  }

  @Override
  public String toString() {
    return "LivePlan[teacher=" + teacher + ", goToEvery=" + goToEvery + ", duration=" + duration + "]";
  }
}
