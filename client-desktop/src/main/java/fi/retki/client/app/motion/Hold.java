package fi.retki.client.app.motion;

/**
 * A key combination that counts only when held for a while (the daycare exit: an adult holds
 * Ctrl+Alt+Q for 2 s; a child mashing keys does not). Pure: the caller says what is held.
 */
public final class Hold {
  private final double seconds;
  private double held;
  private boolean fired;

  public Hold(double seconds) {
    this.seconds = seconds;
  }

  /**
   * Moves time on with the combination held or not.
   *
   * @return true once, at the moment the combination has been held long enough
   */
  public boolean update(boolean down, double dt) {
    if (!down) {
      held = 0;
      fired = false;
      return false;
    }
    held += dt;
    if (!fired && held >= seconds) {
      fired = true;
      return true;
    }
    return false;
  }

  /** How far the hold is, 0 to 1 (for a filling ring). */
  public double fraction() {
    return Math.min(1, held / seconds);
  }
}
