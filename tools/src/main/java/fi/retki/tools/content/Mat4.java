package fi.retki.tools.content;

/** An affine transform (column vectors), enough to place parts of a model. */
final class Mat4 {
  final double[] m;

  private Mat4(double[] m) {
    this.m = m;
  }

  static Mat4 identity() {
    return new Mat4(new double[] {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0});
  }

  /** Row-major 3x4: [r00 r01 r02 tx, r10 r11 r12 ty, r20 r21 r22 tz]. */
  private static Mat4 of(double... m) {
    return new Mat4(m);
  }

  static Mat4 translate(double x, double y, double z) {
    return of(1, 0, 0, x, 0, 1, 0, y, 0, 0, 1, z);
  }

  static Mat4 scale(double x, double y, double z) {
    return of(x, 0, 0, 0, 0, y, 0, 0, 0, 0, z, 0);
  }

  /** Turns about y by {@code degrees}, glTF's way (counter-clockwise seen from above). */
  static Mat4 rotateY(double degrees) {
    double c = Math.cos(Math.toRadians(degrees));
    double s = Math.sin(Math.toRadians(degrees));
    return of(c, 0, s, 0, 0, 1, 0, 0, -s, 0, c, 0);
  }

  static Mat4 rotateX(double degrees) {
    double c = Math.cos(Math.toRadians(degrees));
    double s = Math.sin(Math.toRadians(degrees));
    return of(1, 0, 0, 0, 0, c, -s, 0, 0, s, c, 0);
  }

  static Mat4 rotateZ(double degrees) {
    double c = Math.cos(Math.toRadians(degrees));
    double s = Math.sin(Math.toRadians(degrees));
    return of(c, -s, 0, 0, s, c, 0, 0, 0, 0, 1, 0);
  }

  /** This transform after {@code first}: {@code this.then(x)} applies this, then x. */
  Mat4 then(Mat4 next) {
    double[] a = next.m;
    double[] b = m;
    double[] r = new double[12];
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col < 4; col++) {
        double v = a[row * 4] * b[col] + a[row * 4 + 1] * b[4 + col] + a[row * 4 + 2] * b[8 + col];
        if (col == 3) {
          v += a[row * 4 + 3];
        }
        r[row * 4 + col] = v;
      }
    }
    return new Mat4(r);
  }

  double[] apply(double x, double y, double z) {
    return new double[] {
      m[0] * x + m[1] * y + m[2] * z + m[3],
      m[4] * x + m[5] * y + m[6] * z + m[7],
      m[8] * x + m[9] * y + m[10] * z + m[11]
    };
  }
}
