package fi.retki.client.app.scene;

import com.jme3.math.FastMath;
import com.jme3.math.Quaternion;
import com.jme3.math.Vector3f;
import fi.retki.scenes.Vec3;

/**
 * The scene format's angles in jME terms. Yaw turns about +y, 0 looks towards -z and 90 towards
 * -x; pitch tilts up. Both conventions are right-handed with y up, so a yaw of {@code a} degrees
 * is a rotation of {@code a} about +y applied to a forward of -z.
 */
public final class Poses {
  private Poses() {}

  public static Vector3f vector(Vec3 v) {
    return new Vector3f((float) v.x(), (float) v.y(), (float) v.z());
  }

  /** The unit direction a camera with this yaw and pitch (degrees) looks in. */
  public static Vector3f direction(double yawDegrees, double pitchDegrees) {
    float yaw = (float) yawDegrees * FastMath.DEG_TO_RAD;
    float pitch = (float) pitchDegrees * FastMath.DEG_TO_RAD;
    float flat = FastMath.cos(pitch);
    return new Vector3f(-FastMath.sin(yaw) * flat, FastMath.sin(pitch), -FastMath.cos(yaw) * flat);
  }

  /** The rotation that turns a model's -z side to face this yaw (degrees). */
  public static Quaternion yaw(double yawDegrees) {
    return new Quaternion().fromAngleAxis((float) yawDegrees * FastMath.DEG_TO_RAD, Vector3f.UNIT_Y);
  }

  /** The yaw (degrees) of a direction, ignoring its height. */
  public static float yawOf(Vector3f direction) {
    return FastMath.atan2(-direction.x, -direction.z) * FastMath.RAD_TO_DEG;
  }

  /** The pitch (degrees) of a direction. */
  public static float pitchOf(Vector3f direction) {
    Vector3f d = direction.normalize();
    return FastMath.asin(FastMath.clamp(d.y, -1f, 1f)) * FastMath.RAD_TO_DEG;
  }
}
