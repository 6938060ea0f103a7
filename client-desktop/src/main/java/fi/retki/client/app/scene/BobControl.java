package fi.retki.client.app.scene;

import com.jme3.math.FastMath;
import com.jme3.math.Vector3f;
import com.jme3.renderer.RenderManager;
import com.jme3.renderer.ViewPort;
import com.jme3.scene.Spatial;
import com.jme3.scene.control.AbstractControl;

/** Moves a marker gently up and down about where it was placed, so children notice it. */
final class BobControl extends AbstractControl {
  private final float amplitude;
  private final float hertz;
  private Vector3f base;
  private float time;

  BobControl(float amplitude, float hertz) {
    this.amplitude = amplitude;
    this.hertz = hertz;
  }

  @Override
  public void setSpatial(Spatial spatial) {
    super.setSpatial(spatial);
    base = spatial == null ? null : spatial.getLocalTranslation().clone();
  }

  @Override
  protected void controlUpdate(float tpf) {
    time += tpf;
    spatial.setLocalTranslation(base.x, base.y + amplitude * FastMath.sin(FastMath.TWO_PI * hertz * time), base.z);
  }

  @Override
  protected void controlRender(RenderManager rm, ViewPort vp) {}
}
