package fi.retki.client.app.scene;

import com.jme3.collision.CollisionResult;
import com.jme3.collision.CollisionResults;
import com.jme3.math.Ray;
import com.jme3.math.Vector3f;
import com.jme3.scene.Spatial;

/**
 * Keeps a walking pupil out of tree trunks, walls and fences: before each step two short rays go
 * out in the step's direction, at knee and chest height, against the scene's solid objects. A step
 * that would bring the pupil nearer to one than {@link #RADIUS} slides along it instead (the part
 * of the step into it is taken away), and stops only when it meets something straight on or in a
 * corner. Two to four rays a frame, each tested against the objects' bounds first, so it costs next
 * to nothing even on the low tier. Render thread only.
 */
public final class Obstacles {
  /** How near a pupil comes to a trunk or a wall, in metres. */
  public static final float RADIUS = 0.35f;
  /** How far beyond a step the rays look, in metres. */
  static final float LOOK_AHEAD = 4 * RADIUS;
  /** Heights above the ground under the pupil's feet at which the rays look. */
  static final float[] HEIGHTS = {0.4f, 1.2f};

  private final Spatial solids;

  public Obstacles(Spatial solids) {
    this.solids = solids;
  }

  /**
   * The part of a flat step ({@code step.y} is ignored) a pupil whose feet are at {@code feet}
   * can take: all of it, the part along what it would run into, or none.
   */
  public Vector3f allowed(Vector3f feet, Vector3f step) {
    Vector3f flat = new Vector3f(step.x, 0, step.z);
    if (flat.lengthSquared() < 1e-10f) {
      return flat;
    }
    CollisionResult hit = firstHit(feet, flat);
    if (hit == null) {
      return flat;
    }
    Vector3f normal = hit.getContactNormal() == null ? null : hit.getContactNormal().clone().setY(0);
    if (normal == null || normal.lengthSquared() < 1e-6f) {
      return Vector3f.ZERO.clone();
    }
    normal.normalizeLocal();
    if (normal.dot(flat) > 0) {
      normal.negateLocal();
    }
    Vector3f slide = flat.subtract(normal.mult(flat.dot(normal)));
    if (slide.lengthSquared() < 1e-10f || firstHit(feet, slide) != null) {
      return Vector3f.ZERO.clone();
    }
    return slide;
  }

  /**
   * The nearest solid the step would bring the pupil nearer to than {@link #RADIUS} (measured
   * square to its surface, so that walking almost along a wall is not taken for walking into it),
   * or {@code null}.
   */
  private CollisionResult firstHit(Vector3f feet, Vector3f step) {
    float length = step.length();
    Vector3f direction = step.divide(length);
    CollisionResult nearest = null;
    CollisionResults results = new CollisionResults();
    for (float height : HEIGHTS) {
      Ray ray = new Ray(feet.add(0, height, 0), direction);
      ray.setLimit(length + LOOK_AHEAD);
      results.clear();
      solids.collideWith(ray, results);
      for (CollisionResult hit : results) {
        if (hit.getDistance() > length + LOOK_AHEAD) {
          continue;
        }
        Vector3f normal = hit.getContactNormal();
        float square = normal == null ? 1 : Math.abs(normal.dot(direction));
        boolean tooNear = (hit.getDistance() - length) * square < RADIUS;
        if (tooNear && (nearest == null || hit.getDistance() < nearest.getDistance())) {
          nearest = hit;
        }
      }
    }
    return nearest;
  }
}
