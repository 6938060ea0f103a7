package fi.retki.tools.content;

/**
 * Key frames for a moving part of a {@link Model}: rotations as unit quaternions {@code [x, y, z,
 * w]}, translations as {@code [x, y, z]}, at times in seconds. Every motion of one model should
 * last the same time, so that the model's one looping clip closes without a jump.
 */
final class Motion {
  /** Key frames per loop: enough for a smooth sine with glTF's linear interpolation. */
  static final int STEPS = 24;

  final double[] times;
  final double[][] values;

  private Motion(double[] times, double[][] values) {
    this.times = times;
    this.values = values;
  }

  /**
   * A swing to and fro about the axis {@code (ax, ay, az)} by ±{@code degrees}, once every
   * {@code seconds}, starting {@code phase} (0..1) of the way into its cycle.
   */
  static Motion swing(double ax, double ay, double az, double degrees, double seconds, double phase) {
    double length = Math.sqrt(ax * ax + ay * ay + az * az);
    double[] times = new double[STEPS + 1];
    double[][] values = new double[STEPS + 1][];
    for (int i = 0; i <= STEPS; i++) {
      times[i] = seconds * i / STEPS;
      double angle = Math.toRadians(degrees) * Math.sin(2 * Math.PI * (i / (double) STEPS + phase));
      double s = Math.sin(angle / 2);
      values[i] = new double[] {ax / length * s, ay / length * s, az / length * s, Math.cos(angle / 2)};
    }
    return new Motion(times, values);
  }

  /** A whole turn about y (counter-clockwise from above), once every {@code seconds}. */
  static Motion spinY(double seconds, boolean clockwise) {
    double[] times = new double[STEPS + 1];
    double[][] values = new double[STEPS + 1][];
    for (int i = 0; i <= STEPS; i++) {
      times[i] = seconds * i / STEPS;
      double angle = 2 * Math.PI * i / STEPS * (clockwise ? -1 : 1);
      values[i] = new double[] {0, Math.sin(angle / 2), 0, Math.cos(angle / 2)};
    }
    return new Motion(times, values);
  }

  /** Through {@code points} in order and back to the first, at even times over {@code seconds}. */
  static Motion path(double seconds, double[]... points) {
    double[] times = new double[points.length + 1];
    double[][] values = new double[points.length + 1][];
    for (int i = 0; i <= points.length; i++) {
      times[i] = seconds * i / points.length;
      values[i] = points[i % points.length].clone();
    }
    return new Motion(times, values);
  }

  /** A gentle up-and-down bob of ±{@code metres} about {@code (x, y, z)}, once every {@code seconds}. */
  static Motion bob(double x, double y, double z, double metres, double seconds, double phase) {
    double[] times = new double[STEPS + 1];
    double[][] values = new double[STEPS + 1][];
    for (int i = 0; i <= STEPS; i++) {
      times[i] = seconds * i / STEPS;
      values[i] = new double[] {x, y + metres * Math.sin(2 * Math.PI * (i / (double) STEPS + phase)), z};
    }
    return new Motion(times, values);
  }

  double seconds() {
    return times[times.length - 1];
  }
}
