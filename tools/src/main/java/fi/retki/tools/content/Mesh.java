package fi.retki.tools.content;

import java.util.function.DoubleBinaryOperator;

/**
 * A flat-shaded triangle mesh: every triangle has its own three vertices and its face normal, the
 * low-poly look. Shapes are added through a transform; triangles with no area are dropped (the
 * glTF validator rejects their zero normals).
 */
final class Mesh {
  private float[] positions = new float[3 * 256];
  private float[] normals = new float[3 * 256];
  private float[] uvs = new float[2 * 256];
  private int vertices;

  int vertexCount() {
    return vertices;
  }

  float[] positions() {
    return java.util.Arrays.copyOf(positions, vertices * 3);
  }

  float[] normals() {
    return java.util.Arrays.copyOf(normals, vertices * 3);
  }

  float[] uvs() {
    return java.util.Arrays.copyOf(uvs, vertices * 2);
  }

  boolean isEmpty() {
    return vertices == 0;
  }

  /** One triangle, counter-clockwise seen from its front, with texture coordinates. */
  Mesh triangle(Mat4 t, double[] a, double[] b, double[] c, double[] uvA, double[] uvB, double[] uvC) {
    double[] pa = t.apply(a[0], a[1], a[2]);
    double[] pb = t.apply(b[0], b[1], b[2]);
    double[] pc = t.apply(c[0], c[1], c[2]);
    double ux = pb[0] - pa[0], uy = pb[1] - pa[1], uz = pb[2] - pa[2];
    double vx = pc[0] - pa[0], vy = pc[1] - pa[1], vz = pc[2] - pa[2];
    double nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    double length = Math.sqrt(nx * nx + ny * ny + nz * nz);
    if (length < 1e-9) {
      return this;
    }
    nx /= length;
    ny /= length;
    nz /= length;
    vertex(pa, nx, ny, nz, uvA);
    vertex(pb, nx, ny, nz, uvB);
    vertex(pc, nx, ny, nz, uvC);
    return this;
  }

  private static final double[] NO_UV = {0, 0};

  Mesh triangle(Mat4 t, double[] a, double[] b, double[] c) {
    return triangle(t, a, b, c, NO_UV, NO_UV, NO_UV);
  }

  /** A quad a-b-c-d (counter-clockwise), texture 0..1 across it. */
  Mesh quad(Mat4 t, double[] a, double[] b, double[] c, double[] d) {
    triangle(t, a, b, c, new double[] {0, 1}, new double[] {1, 1}, new double[] {1, 0});
    return triangle(t, a, c, d, new double[] {0, 1}, new double[] {1, 0}, new double[] {0, 0});
  }

  private void vertex(double[] p, double nx, double ny, double nz, double[] uv) {
    if (vertices * 3 + 3 > positions.length) {
      positions = java.util.Arrays.copyOf(positions, positions.length * 2);
      normals = java.util.Arrays.copyOf(normals, normals.length * 2);
      uvs = java.util.Arrays.copyOf(uvs, uvs.length * 2);
    }
    positions[vertices * 3] = round(p[0]);
    positions[vertices * 3 + 1] = round(p[1]);
    positions[vertices * 3 + 2] = round(p[2]);
    normals[vertices * 3] = (float) nx;
    normals[vertices * 3 + 1] = (float) ny;
    normals[vertices * 3 + 2] = (float) nz;
    uvs[vertices * 2] = (float) uv[0];
    uvs[vertices * 2 + 1] = (float) uv[1];
    vertices++;
  }

  private static float round(double v) {
    return (float) (Math.round(v * 10000.0) / 10000.0);
  }

  /** A box from its bottom centre: width x, height y, depth z. */
  Mesh box(Mat4 t, double width, double height, double depth) {
    double x = width / 2, z = depth / 2;
    double[][] c = {
      {-x, 0, -z}, {x, 0, -z}, {x, 0, z}, {-x, 0, z},
      {-x, height, -z}, {x, height, -z}, {x, height, z}, {-x, height, z}
    };
    quad(t, c[3], c[2], c[6], c[7]); // front (+z)
    quad(t, c[1], c[0], c[4], c[5]); // back
    quad(t, c[2], c[1], c[5], c[6]); // right (+x)
    quad(t, c[0], c[3], c[7], c[4]); // left
    quad(t, c[7], c[6], c[5], c[4]); // top
    return quad(t, c[0], c[1], c[2], c[3]); // bottom
  }

  /**
   * A frustum about y from its bottom centre (a cylinder, or a cone when {@code topRadius} is 0),
   * with caps; texture u goes around, v up.
   */
  Mesh cylinder(Mat4 t, double bottomRadius, double topRadius, double height, int sides) {
    for (int i = 0; i < sides; i++) {
      double a0 = 2 * Math.PI * i / sides, a1 = 2 * Math.PI * (i + 1) / sides;
      double[] b0 = {bottomRadius * Math.sin(a0), 0, bottomRadius * Math.cos(a0)};
      double[] b1 = {bottomRadius * Math.sin(a1), 0, bottomRadius * Math.cos(a1)};
      double[] t0 = {topRadius * Math.sin(a0), height, topRadius * Math.cos(a0)};
      double[] t1 = {topRadius * Math.sin(a1), height, topRadius * Math.cos(a1)};
      double u0 = (double) i / sides, u1 = (double) (i + 1) / sides;
      triangle(t, b0, b1, t1, new double[] {u0, 1}, new double[] {u1, 1}, new double[] {u1, 0});
      triangle(t, b0, t1, t0, new double[] {u0, 1}, new double[] {u1, 0}, new double[] {u0, 0});
      triangle(t, new double[] {0, height, 0}, t0, t1);
      triangle(t, new double[] {0, 0, 0}, b1, b0);
    }
    return this;
  }

  /** A low-poly ellipsoid centred on {@code t}'s origin: radius 1 scaled by the transform. */
  Mesh sphere(Mat4 t, int rings, int segments) {
    for (int r = 0; r < rings; r++) {
      double p0 = Math.PI * r / rings, p1 = Math.PI * (r + 1) / rings;
      for (int s = 0; s < segments; s++) {
        double a0 = 2 * Math.PI * s / segments, a1 = 2 * Math.PI * (s + 1) / segments;
        double[] v00 = point(p0, a0), v01 = point(p0, a1), v10 = point(p1, a0), v11 = point(p1, a1);
        triangle(t, v00, v10, v11);
        triangle(t, v00, v11, v01);
      }
    }
    return this;
  }

  private static double[] point(double polar, double azimuth) {
    return new double[] {Math.sin(polar) * Math.sin(azimuth), Math.cos(polar), Math.sin(polar) * Math.cos(azimuth)};
  }

  /**
   * A height field over [-size/2, size/2]^2 in {@code cells} squares a side; texture 0..1 across
   * the whole field, with v = 0 at -z.
   */
  Mesh heightField(double size, int cells, DoubleBinaryOperator height) {
    double step = size / cells;
    for (int i = 0; i < cells; i++) {
      for (int j = 0; j < cells; j++) {
        double x0 = -size / 2 + i * step, x1 = x0 + step;
        double z0 = -size / 2 + j * step, z1 = z0 + step;
        double[] a = {x0, height.applyAsDouble(x0, z1), z1};
        double[] b = {x1, height.applyAsDouble(x1, z1), z1};
        double[] c = {x1, height.applyAsDouble(x1, z0), z0};
        double[] d = {x0, height.applyAsDouble(x0, z0), z0};
        double[] ua = {(double) i / cells, (double) (j + 1) / cells};
        double[] ub = {(double) (i + 1) / cells, (double) (j + 1) / cells};
        double[] uc = {(double) (i + 1) / cells, (double) j / cells};
        double[] ud = {(double) i / cells, (double) j / cells};
        triangle(Mat4.identity(), a, b, c, ua, ub, uc);
        triangle(Mat4.identity(), a, c, d, ua, uc, ud);
      }
    }
    return this;
  }
}
