package fi.retki.assets.pack;

import fi.retki.assets.gltf.Glb;
import fi.retki.assets.gltf.GlbBounds;
import fi.retki.assets.gltf.GlbException;
import fi.retki.scenes.PackPath;
import fi.retki.scenes.PointOfInterest;
import fi.retki.scenes.Pose;
import fi.retki.scenes.Problem;
import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneObject;
import fi.retki.scenes.Vec3;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks that the view of every point of interest with a subject shows it: the subject's box (from
 * its GLB, placed as the scene places the object) is in front of the camera, in the picture, and
 * fills at least {@link #MIN_SHARE} of it.
 */
final class SubjectView {
  /* The picture is the client's: 60° vertical field of view, near plane 0.2 m, on the narrowest
     screen a school has (4:3, a projector). The box's 8 corners, and where its edges cross the near
     plane, are projected; their bounding rectangle clipped to the frame is the share the subject
     fills (an upper bound of its true outline, which is fine for a rule of "big enough"). */

  /** The least share of the picture's area a subject's projected box must fill. */
  static final double MIN_SHARE = 0.03;
  /** A subject less than this share of which lies in the picture is "mostly outside" it (under 1 %: outside). */
  static final double MIN_INSIDE = 0.5;
  static final double VERTICAL_FOV = 60;
  static final double ASPECT = 4.0 / 3.0;
  static final double NEAR = 0.2;

  private static final int[][] EDGES = {
      {0, 1}, {2, 3}, {4, 5}, {6, 7}, {0, 2}, {1, 3}, {4, 6}, {5, 7}, {0, 4}, {1, 5}, {2, 6}, {3, 7}};

  private SubjectView() {}

  /**
   * Every view that does not show its subject, as problems at the point's {@code view}.
   *
   * @param unsound pack paths of models that failed their own checks (already reported; skipped here)
   */
  static List<Problem> check(String sceneFile, Scene scene, Path dir, Set<PackPath> unsound) {
    List<Problem> problems = new ArrayList<>();
    Map<PackPath, GlbBounds.Box> boxes = new HashMap<>();
    List<PointOfInterest> points = scene.pointsOfInterest();
    for (int i = 0; i < points.size(); i++) {
      PointOfInterest poi = points.get(i);
      SceneObject object = poi.subject() == null ? null : scene.object(poi.subject());
      if (object == null || unsound.contains(object.model())) {
        continue;
      }
      String where = "$.pointsOfInterest[" + i + "].view";
      GlbBounds.Box box;
      try {
        box = boxes.containsKey(object.model()) ? boxes.get(object.model()) : bounds(dir, object.model());
      } catch (IOException | GlbException e) {
        problems.add(new Problem(sceneFile, where, "cannot check that it shows the subject "
            + quote(object.id()) + ": " + object.model().value() + ": " + e.getMessage()));
        continue;
      }
      boxes.put(object.model(), box);
      if (box == null) {
        problems.add(new Problem(sceneFile, where, "the subject " + quote(object.id()) + " has nothing to see: "
            + object.model().value() + " holds no geometry; name an object with a visible model"));
        continue;
      }
      String problem = judge(poi.view(), corners(object, box), object.id());
      if (problem != null) {
        problems.add(new Problem(sceneFile, where, problem));
      }
    }
    return problems;
  }

  private static GlbBounds.Box bounds(Path dir, PackPath model) throws IOException, GlbException {
    return GlbBounds.of(Glb.parse(Files.readAllBytes(dir.resolve(model.value()))));
  }

  /** The model box's corners in the scene, placed by the object's scale, yaw and position. */
  static double[][] corners(SceneObject object, GlbBounds.Box box) {
    double yaw = Math.toRadians(object.yaw());
    double cos = Math.cos(yaw);
    double sin = Math.sin(yaw);
    double[][] corners = new double[8][];
    for (int c = 0; c < 8; c++) {
      double x = ((c & 1) == 0 ? box.min() : box.max()).x() * object.scale();
      double y = ((c & 2) == 0 ? box.min() : box.max()).y() * object.scale();
      double z = ((c & 4) == 0 ? box.min() : box.max()).z() * object.scale();
      // a turn of yaw about +y (right-handed): -z goes to where a camera of that yaw looks
      corners[c] = new double[] {
          object.position().x() + cos * x + sin * z,
          object.position().y() + y,
          object.position().z() - sin * x + cos * z};
    }
    return corners;
  }

  /** What is wrong with how this view shows a box, or {@code null} if it shows it well. */
  static String judge(Pose view, double[][] corners, String id) {
    Camera camera = new Camera(view);
    double[][] local = new double[8][];
    double[] centre = new double[3];
    for (int c = 0; c < 8; c++) {
      local[c] = camera.toCamera(corners[c]);
      for (int k = 0; k < 3; k++) {
        centre[k] += corners[c][k] / 8;
      }
    }
    double distance = camera.distanceTo(centre);
    String turn = camera.turnTowards(centre);
    double[] rect = rectangle(local);
    if (rect == null) {
      return "the subject " + quote(id) + " is behind the camera: it is " + turn + "; turn the view towards it";
    }
    double width = rect[2] - rect[0];
    double height = rect[3] - rect[1];
    double clippedWidth = Math.max(0, Math.min(rect[2], 1) - Math.max(rect[0], -1));
    double clippedHeight = Math.max(0, Math.min(rect[3], 1) - Math.max(rect[1], -1));
    double share = clippedWidth * clippedHeight / 4;
    double inside = share * 4 / (width * height);
    if (share == 0 || inside < 0.01) {
      return "the subject " + quote(id) + " is outside the picture: it is " + turn + "; turn the view towards it";
    }
    if (inside < MIN_INSIDE && share < MIN_INSIDE) {
      return "the subject " + quote(id) + " is mostly outside the picture (" + percent(inside)
          + " of it is in it): it is " + turn + "; turn the view towards it";
    }
    if (share < MIN_SHARE) {
      // the projected area falls with the square of the distance
      double within = distance * Math.sqrt(share / MIN_SHARE);
      return "the subject " + quote(id) + " fills only " + percent(share) + " of the picture (at least "
          + percent(MIN_SHARE) + "): move the view to within " + metresDown(within) + " of it (it is "
          + metres(distance) + " away)";
    }
    return null;
  }

  /**
   * The bounding rectangle {xmin, ymin, xmax, ymax} of the box in the picture's normalised
   * coordinates (the frame is -1 … 1 both ways), or {@code null} if no part is in front of the camera.
   */
  private static double[] rectangle(double[][] local) {
    List<double[]> front = new ArrayList<>();
    for (double[] p : local) {
      if (p[2] >= NEAR) {
        front.add(p);
      }
    }
    if (front.isEmpty()) {
      return null;
    }
    for (int[] edge : EDGES) {
      double[] a = local[edge[0]];
      double[] b = local[edge[1]];
      if ((a[2] < NEAR) != (b[2] < NEAR)) {
        double t = (NEAR - a[2]) / (b[2] - a[2]);
        front.add(new double[] {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]), NEAR});
      }
    }
    double tanY = Math.tan(Math.toRadians(VERTICAL_FOV / 2));
    double tanX = tanY * ASPECT;
    double[] rect = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.NEGATIVE_INFINITY};
    for (double[] p : front) {
      double x = p[0] / (p[2] * tanX);
      double y = p[1] / (p[2] * tanY);
      rect[0] = Math.min(rect[0], x);
      rect[1] = Math.min(rect[1], y);
      rect[2] = Math.max(rect[2], x);
      rect[3] = Math.max(rect[3], y);
    }
    return rect;
  }

  private static String quote(String id) {
    return "\"" + id + "\"";
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, share < 0.1 ? "%.1f %%" : "%.0f %%", share * 100);
  }

  private static String metres(double metres) {
    return String.format(Locale.ROOT, metres < 10 ? "%.1f m" : "%.0f m", metres);
  }

  /** A distance to come within, rounded down so that coming that close is enough. */
  private static String metresDown(double metres) {
    return metres < 10 ? metres(Math.floor(metres * 10) / 10) : metres(Math.floor(metres));
  }

  /** A view pose as a camera: its eye and its right, up and forward axes. */
  private static final class Camera {
    private final double[] eye;
    private final double[] right;
    private final double[] up;
    private final double[] forward;
    private final double yaw;
    private final double pitch;

    Camera(Pose pose) {
      Vec3 p = pose.position();
      eye = new double[] {p.x(), p.y(), p.z()};
      yaw = pose.yaw();
      pitch = pose.pitch();
      double y = Math.toRadians(yaw);
      double t = Math.toRadians(pitch);
      forward = new double[] {-Math.sin(y) * Math.cos(t), Math.sin(t), -Math.cos(y) * Math.cos(t)};
      right = new double[] {Math.cos(y), 0, -Math.sin(y)};
      up = new double[] {
          right[1] * forward[2] - right[2] * forward[1],
          right[2] * forward[0] - right[0] * forward[2],
          right[0] * forward[1] - right[1] * forward[0]};
    }

    /** A scene point as (right, up, depth) from the eye. */
    double[] toCamera(double[] point) {
      double[] d = {point[0] - eye[0], point[1] - eye[1], point[2] - eye[2]};
      return new double[] {dot(d, right), dot(d, up), dot(d, forward)};
    }

    double distanceTo(double[] point) {
      double dx = point[0] - eye[0];
      double dy = point[1] - eye[1];
      double dz = point[2] - eye[2];
      return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** Which way and how far to turn to face a point: "40° to the left and 10° higher". */
    String turnTowards(double[] point) {
      double dx = point[0] - eye[0];
      double dy = point[1] - eye[1];
      double dz = point[2] - eye[2];
      double pointYaw = Math.toDegrees(Math.atan2(-dx, -dz));
      double side = ((pointYaw - yaw) % 360 + 540) % 360 - 180;
      double height = Math.toDegrees(Math.atan2(dy, Math.hypot(dx, dz))) - pitch;
      List<String> parts = new ArrayList<>();
      if (Math.round(Math.abs(side)) >= 1) {
        // yaw grows counter-clockwise seen from above: a larger yaw is to the left
        parts.add(Math.round(Math.abs(side)) + "° to the " + (side > 0 ? "left" : "right"));
      }
      if (Math.round(Math.abs(height)) >= 1) {
        parts.add(Math.round(Math.abs(height)) + "° " + (height > 0 ? "higher" : "lower"));
      }
      return parts.isEmpty() ? "straight ahead" : String.join(" and ", parts);
    }

    private static double dot(double[] a, double[] b) {
      return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
  }
}
