package fi.retki.client.app.look;

import com.jme3.asset.AssetManager;
import com.jme3.material.Material;
import com.jme3.math.Vector2f;
import com.jme3.math.Vector3f;
import com.jme3.post.Filter;
import com.jme3.renderer.Camera;
import com.jme3.renderer.RenderManager;
import com.jme3.renderer.ViewPort;

/**
 * The last filter of the scene's view: fades things into the fog colour with their distance from
 * the eye (whole at the fog's distance, the sky always), scales by the exposure and applies the
 * tone curve ({@link ToneCurve}), in one full-screen pass ({@code Look.frag}). Without fog the sky
 * panorama is left as painted: it is a picture already, and its author chose how bright it is. Our own rather than
 * jME's {@code FogFilter} (its depth formula assumes a near plane of 1 m and never reaches the
 * colour) and {@code ToneMapFilter} (a white point only): one pass is also cheaper under a
 * software renderer than two. Render thread only.
 */
public final class LookFilter extends Filter {
  static final String MATERIAL = "fi/retki/client/app/look/Look.j3md";

  private final float gain;
  private final Vector3f fogColour;
  private final float fogDistance;
  private final boolean gammaSpace;
  private Material material;
  private ViewPort viewPort;

  /**
   * @param gain the exposure as a multiplier ({@link ToneCurve#gain})
   * @param fogColour linear scene light the distance fades into, or {@code null} for no fog
   * @param fogDistance metres at which things are hidden (ignored without fog)
   * @param encoding what the lit shaders wrote
   */
  public LookFilter(float gain, Vector3f fogColour, float fogDistance, ToneCurve.Encoding encoding) {
    super("look");
    if (!(gain > 0)) {
      throw new IllegalArgumentException("gain must be positive");
    }
    if (fogColour != null && !(fogDistance > 0)) {
      throw new IllegalArgumentException("fog distance must be positive");
    }
    this.gain = gain;
    this.fogColour = fogColour == null ? null : fogColour.clone();
    this.fogDistance = fogDistance;
    this.gammaSpace = encoding == ToneCurve.Encoding.GAMMA_SPACE;
  }

  public boolean hasFog() {
    return fogColour != null;
  }

  public float gain() {
    return gain;
  }

  @Override
  protected boolean isRequiresDepthTexture() {
    return true; // to know the sky, and for the fog's distance
  }

  @Override
  protected void initFilter(AssetManager assets, RenderManager renderManager, ViewPort vp, int w, int h) {
    viewPort = vp;
    material = new Material(assets, MATERIAL);
    material.setFloat("Gain", gain);
    material.setBoolean("GammaSpace", gammaSpace);
    if (fogColour != null) {
      material.setVector3("FogColor", fogColour);
      material.setFloat("FogDistance", fogDistance);
    }
  }

  @Override
  protected void preFrame(float tpf) {
    if (fogColour == null || material == null) {
      return;
    }
    // Read every frame: the window may be resized and the camera's frustum with it.
    Camera cam = viewPort.getCamera();
    float near = cam.getFrustumNear();
    material.setVector2("NearFar", new Vector2f(near, cam.getFrustumFar()));
    material.setVector2("FrustumTan", new Vector2f(cam.getFrustumRight() / near, cam.getFrustumTop() / near));
  }

  @Override
  protected Material getMaterial() {
    return material;
  }
}
