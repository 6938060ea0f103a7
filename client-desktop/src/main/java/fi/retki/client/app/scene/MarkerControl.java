package fi.retki.client.app.scene;

import com.jme3.math.FastMath;
import com.jme3.math.Vector3f;
import com.jme3.renderer.Camera;
import com.jme3.renderer.RenderManager;
import com.jme3.renderer.ViewPort;
import com.jme3.scene.control.AbstractControl;

/**
 * Keeps a point-of-interest marker's pin pointing down at its place: the pin's tip stays at
 * {@link #tip}, it breathes slowly (a small swell in size and a small rise), and far away it grows
 * so that it never shrinks below about {@link #MIN_ANGLE} of the picture's height (a pupil must
 * find it from across the scene).
 */
final class MarkerControl extends AbstractControl {
  /** Radians of view the marker fills at least: about 22 pixels of a 720-pixel-high window. */
  static final float MIN_ANGLE = 0.035f;
  /** Breaths per second: slow and calm. */
  static final float HERTZ = 0.4f;
  /** How much the pin swells at the top of a breath. */
  static final float SWELL = 0.1f;
  /** How far the pin rises at the top of a breath, in its own heights. */
  static final float RISE = 0.12f;

  private final float height;
  private final Vector3f tip = new Vector3f();
  /** The camera of the last frame drawn (the scene graph must not change while it is drawn). */
  private Vector3f eye;
  private float time;

  /** @param height the pin's height in metres, tip to top */
  MarkerControl(float height, Vector3f tip) {
    this.height = height;
    this.tip.set(tip);
  }

  /** Where the pin's tip points: just above its subject, or at the point itself. */
  Vector3f tip() {
    return tip.clone();
  }

  void setTip(Vector3f at) {
    tip.set(at);
  }

  /** The size the pin is drawn at for an eye this far away, 1 up close. */
  static float scaleAt(float distance, float height) {
    return Math.max(1f, distance * MIN_ANGLE / height);
  }

  @Override
  protected void controlUpdate(float tpf) {
    time += tpf;
    float breath = 0.5f - 0.5f * FastMath.cos(FastMath.TWO_PI * HERTZ * time);
    float size = eye == null ? 1 : scaleAt(eye.distance(tip), height);
    spatial.setLocalScale(size * (1 + SWELL * breath));
    spatial.setLocalTranslation(tip.x, tip.y + RISE * height * size * breath, tip.z);
  }

  @Override
  protected void controlRender(RenderManager rm, ViewPort vp) {
    Camera cam = vp.getCamera();
    eye = cam.getLocation().clone();
  }
}
