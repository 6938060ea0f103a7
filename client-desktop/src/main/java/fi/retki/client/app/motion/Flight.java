package fi.retki.client.app.motion;

import fi.retki.scenes.Pose;
import fi.retki.scenes.Vec3;

/**
 * A smooth camera move from one pose to another: eased at both ends (smoothstep), turning the
 * short way round, lasting longer for longer distances so the speed stays gentle.
 */
public final class Flight {
  private final Pose from;
  private final Pose to;
  private final double seconds;
  private double elapsed;

  public Flight(Pose from, Pose to, double seconds) {
    if (!(seconds > 0)) {
      throw new IllegalArgumentException("a flight lasts more than 0 s, not " + seconds);
    }
    this.from = from;
    this.to = to;
    this.seconds = seconds;
  }

  /**
   * A flight at about {@code metresPerSecond}, never shorter than {@code minSeconds} (a turn on the
   * spot still takes a moment) nor longer than 12 s.
   */
  public static Flight gentle(Pose from, Pose to, double metresPerSecond, double minSeconds) {
    double distance = from.position().distanceTo(to.position());
    double seconds = Math.max(minSeconds, Math.min(12, distance / metresPerSecond));
    return new Flight(from, to, seconds);
  }

  /** Moves time on and gives the pose now. */
  public Pose advance(double dt) {
    elapsed = Math.min(seconds, elapsed + Math.max(0, dt));
    return at(elapsed / seconds);
  }

  public boolean done() {
    return elapsed >= seconds;
  }

  public double seconds() {
    return seconds;
  }

  public Pose to() {
    return to;
  }

  /** The pose at fraction {@code t} (0 to 1) of the flight. */
  public Pose at(double t) {
    double s = ease(Math.max(0, Math.min(1, t)));
    Vec3 a = from.position();
    Vec3 b = to.position();
    Vec3 p = new Vec3(a.x() + (b.x() - a.x()) * s, a.y() + (b.y() - a.y()) * s, a.z() + (b.z() - a.z()) * s);
    double yaw = from.yaw() + shortestTurn(from.yaw(), to.yaw()) * s;
    double pitch = from.pitch() + (to.pitch() - from.pitch()) * s;
    return new Pose(p, wrap(yaw), pitch);
  }

  static double ease(double t) {
    return t * t * (3 - 2 * t);
  }

  /** The signed turn in degrees, -180 to 180, that takes yaw {@code a} to {@code b}. */
  static double shortestTurn(double a, double b) {
    double d = (b - a) % 360;
    if (d > 180) {
      d -= 360;
    } else if (d < -180) {
      d += 360;
    }
    return d;
  }

  /** A yaw in -180 … 180. */
  static double wrap(double yaw) {
    double w = yaw % 360;
    if (w > 180) {
      w -= 360;
    } else if (w < -180) {
      w += 360;
    }
    return w;
  }
}
