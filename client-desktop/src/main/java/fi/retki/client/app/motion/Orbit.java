package fi.retki.client.app.motion;

import fi.retki.scenes.Pose;
import fi.retki.scenes.Vec3;

/**
 * The daycare camera's slow walk around a stop's subject: the eye swings on a circle about a
 * vertical axis through the point the view looks at, at the view's height and distance, always
 * looking at that point, from {@code from} to {@code to} degrees (0 is the view itself). Pure:
 * the ground is passed in.
 */
public final class Orbit {
  /*
   * The swing follows half a cosine, (1 - cos(pi u)) / 2 over the stay's fraction u: it starts
   * and ends at rest (the flights before and after start and end at rest too), and is fastest in
   * the middle, at (to - from) * pi / (2 * seconds) degrees per second. That top speed is held
   * under MAX_DEGREES_PER_SECOND and the eye's own speed under MAX_METRES_PER_SECOND by narrowing
   * the swing, never by hurrying it.
   *
   * The axis goes through the point on the view's line of sight nearest to the subject's middle,
   * not through the middle itself: at 0 degrees the camera looks exactly as the view was written
   * (a tall tree's view looking up at its trunk stays so), and all along the swing that point stays
   * in the middle of the picture.
   */

  /** Degrees per second at most: slow enough for a three-year-old to follow. */
  public static final double MAX_DEGREES_PER_SECOND = 3;
  /** Metres per second the eye moves at most (a far view swings less). */
  public static final double MAX_METRES_PER_SECOND = 1.0;
  /** The widest swing either side of the view, in degrees. */
  public static final double MAX_SWING = 40;
  /** How far a view without a subject turns either way, in degrees. */
  public static final double SWAY = 6;
  /** How high the eye stays above the ground at least, in metres (as {@code WorldState.viewOf}). */
  public static final double CLEARANCE = 1.0;
  /** The nearest the axis is put in front of the eye, in metres. */
  static final double MIN_DISTANCE = 1.0;

  /** The ground's height at a place. */
  @FunctionalInterface
  public interface Ground {
    double heightAt(double x, double z);
  }

  private final Pose view;
  /** The point looked at, on the axis; {@code null} for a sway on the spot. */
  private final Vec3 target;
  private final double from;
  private final double to;

  private Orbit(Pose view, Vec3 target, double from, double to) {
    this.view = view;
    this.target = target;
    this.from = from;
    this.to = to;
  }

  /**
   * A swing around the subject whose middle is {@code centre}, from {@code from} to {@code to}
   * degrees (turning as yaw turns: positive is anticlockwise seen from above), narrowed to what a
   * stay of {@code seconds} allows at the speed limits.
   */
  public static Orbit around(Pose view, Vec3 centre, double from, double to, double seconds) {
    if (!(seconds > 0)) {
      throw new IllegalArgumentException("a stay lasts more than 0 s, not " + seconds);
    }
    if (from > to) {
      throw new IllegalArgumentException("an orbit goes from the lower angle, not " + from + " > " + to);
    }
    Vec3 target = target(view, centre);
    double widest = widest(seconds, view.position().groundDistanceTo(target));
    double k = to - from > widest ? widest / (to - from) : 1;
    return new Orbit(view, target, from * k, to * k);
  }

  /** A view without a subject: the camera stays and turns slowly {@link #SWAY} degrees either way. */
  public static Orbit sway(Pose view, double seconds) {
    double half = Math.min(SWAY, MAX_DEGREES_PER_SECOND * seconds / Math.PI);
    return new Orbit(view, null, -half, half);
  }

  /** The widest swing in degrees a stay of {@code seconds} allows at {@code radius} metres. */
  static double widest(double seconds, double radius) {
    double degreesPerSecond = MAX_DEGREES_PER_SECOND;
    if (radius > 0) {
      degreesPerSecond = Math.min(degreesPerSecond, Math.toDegrees(MAX_METRES_PER_SECOND / radius));
    }
    return degreesPerSecond * 2 * seconds / Math.PI;
  }

  /** The point on the view's line of sight nearest to {@code centre}, at least a metre ahead. */
  public static Vec3 target(Pose view, Vec3 centre) {
    Vec3 eye = view.position();
    Vec3 d = direction(view.yaw(), view.pitch());
    double along = (centre.x() - eye.x()) * d.x() + (centre.y() - eye.y()) * d.y() + (centre.z() - eye.z()) * d.z();
    double t = Math.max(MIN_DISTANCE, along);
    return new Vec3(eye.x() + d.x() * t, eye.y() + d.y() * t, eye.z() + d.z() * t);
  }

  /** Where the eye is when it has gone {@code degrees} round the axis (its height unchanged). */
  public static Vec3 eyeAt(Pose view, Vec3 target, double degrees) {
    double a = Math.toRadians(degrees);
    double x = view.position().x() - target.x();
    double z = view.position().z() - target.z();
    double cos = Math.cos(a);
    double sin = Math.sin(a);
    return new Vec3(target.x() + x * cos + z * sin, view.position().y(), target.z() - x * sin + z * cos);
  }

  /** The angle round the axis at fraction {@code u} (0 to 1) of the stay, in degrees. */
  public double angleAt(double u) {
    double s = Math.max(0, Math.min(1, u));
    return from + (to - from) * (1 - Math.cos(Math.PI * s)) / 2;
  }

  /** The pose at fraction {@code u} of the stay: on the circle, above the ground, looking at the axis. */
  public Pose at(double u, Ground ground) {
    double angle = angleAt(u);
    if (target == null) {
      return new Pose(view.position(), Flight.wrap(view.yaw() + angle), view.pitch());
    }
    Vec3 eye = eyeAt(view, target, angle);
    double floor = ground.heightAt(eye.x(), eye.z()) + CLEARANCE;
    if (eye.y() < floor) {
      eye = new Vec3(eye.x(), floor, eye.z());
    }
    double lx = target.x() - eye.x();
    double ly = target.y() - eye.y();
    double lz = target.z() - eye.z();
    double yaw = Math.toDegrees(Math.atan2(-lx, -lz));
    double pitch = Math.toDegrees(Math.atan2(ly, Math.hypot(lx, lz)));
    return new Pose(eye, yaw, pitch);
  }

  public double from() {
    return from;
  }

  public double to() {
    return to;
  }

  /** The point kept in the middle of the picture, or {@code null} for a sway. */
  public Vec3 target() {
    return target;
  }

  /** The unit direction of a yaw and pitch in degrees (as {@code Poses.direction}, without jME). */
  static Vec3 direction(double yawDegrees, double pitchDegrees) {
    double yaw = Math.toRadians(yawDegrees);
    double pitch = Math.toRadians(pitchDegrees);
    double flat = Math.cos(pitch);
    return new Vec3(-Math.sin(yaw) * flat, Math.sin(pitch), -Math.cos(yaw) * flat);
  }
}
