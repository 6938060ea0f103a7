package fi.retki.client.app.look;

import com.jme3.asset.AssetManager;
import com.jme3.light.DirectionalLight;
import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector3f;
import com.jme3.post.Filter;
import com.jme3.post.FilterPostProcessor;
import com.jme3.post.SceneProcessor;
import com.jme3.post.ssao.SSAOFilter;
import com.jme3.renderer.ViewPort;
import com.jme3.shadow.DirectionalLightShadowFilter;
import com.jme3.shadow.EdgeFilteringMode;
import com.jme3.texture.FrameBuffer;
import fi.retki.assets.bake.Tier;
import fi.retki.scenes.Fog;
import fi.retki.scenes.Lighting;
import fi.retki.scenes.Scene;
import java.util.ArrayList;
import java.util.List;

/**
 * The post filters of the scene's view port, made anew for each scene shown: on {@code mid} and
 * {@code high} ambient occlusion and the sun's shadows ({@link TierLook}), then on every tier the
 * {@link LookFilter} (fog, exposure, tone curve) last, so that shadows and occlusion fade into the
 * fog too. Render thread only.
 */
public final class SceneLook {
  private final AssetManager assets;
  private final ViewPort viewPort;
  private final ToneCurve.Encoding encoding;
  private FilterPostProcessor processor;
  private Finished finished;

  public SceneLook(AssetManager assets, ViewPort viewPort, ToneCurve.Encoding encoding) {
    this.assets = assets;
    this.viewPort = viewPort;
    this.encoding = encoding;
  }

  /**
   * Puts the scene's look on the view port, replacing the one before.
   *
   * @param sun the light that casts shadows, or {@code null} for none
   */
  public void show(Scene scene, DirectionalLight sun, Tier tier) {
    clear();
    processor = new FilterPostProcessor(assets);
    TierLook costs = TierLook.of(tier);
    if (costs.ambientOcclusion()) {
      // Metres: corners and the feet of trees and walls darken within about a metre.
      SSAOFilter occlusion = new SSAOFilter(1.2f, 1.3f, 0.25f, 0.08f);
      occlusion.setApproximateNormals(true);
      processor.addFilter(occlusion);
    }
    if (costs.shadows() && sun != null) {
      processor.addFilter(shadows(sun, costs, scene.lighting()));
    }
    Fog fog = scene.fog();
    Vector3f fogLight = null;
    if (fog != null) {
      float[] rgb = ToneCurve.sceneLightShownAs(fog.color(), scene.exposure(), encoding);
      fogLight = new Vector3f(rgb[0], rgb[1], rgb[2]);
      float[] shown = ToneCurve.light(fog.color(), 1, encoding);
      viewPort.setBackgroundColor(new ColorRGBA(shown[0], shown[1], shown[2], 1f));
    }
    processor.addFilter(new LookFilter((float) ToneCurve.gain(scene.exposure()), fogLight,
        fog == null ? 0 : (float) fog.distance(), encoding));
    addFirst(processor);
  }

  /**
   * The shadow filter. How dark a shadow is follows the scene: in a shadow only the ambient light
   * is left, so the Moon's shadows are nearly black and an overcast forest's soft.
   */
  private DirectionalLightShadowFilter shadows(DirectionalLight sun, TierLook costs, Lighting lighting) {
    DirectionalLightShadowFilter shadows = new DirectionalLightShadowFilter(assets, costs.shadowMapSize(),
        costs.shadowSplits());
    shadows.setLight(sun);
    shadows.setLambda(0.7f);
    shadows.setEdgeFilteringMode(EdgeFilteringMode.PCF4);
    shadows.setShadowZExtend(costs.shadowDistance());
    shadows.setShadowZFadeLength(costs.shadowDistance() * 0.2f);
    shadows.setEnabledStabilization(true);
    // Faces turned away from the sun are unlit already; darkening them again makes them black.
    shadows.setRenderBackFacesShadows(false);
    shadows.setShadowIntensity((float) shadowIntensity(lighting, encoding));
    return shadows;
  }

  /**
   * The share of a lit pixel's value a shadow takes away, 0.3 … 0.9: what is left in a shadow is
   * the ambient light's share of a level surface's light (the scene's default light: about half).
   */
  static double shadowIntensity(Lighting lighting, ToneCurve.Encoding encoding) {
    if (lighting == null) {
      return 0.55;
    }
    double sunY = Math.abs(lighting.sun().direction().y()) / length(lighting.sun().direction());
    double direct = lighting.sun().intensity() * sunY * luminance(lighting.sun().color(), encoding);
    double ambient = lighting.ambient().intensity() * luminance(lighting.ambient().color(), encoding);
    double left = direct + ambient <= 0 ? 1 : ambient / (direct + ambient);
    // The filter scales the stored value: in gamma space, linear light scales by its 2.2th power.
    double keep = encoding.stored(left);
    return Math.max(0.3, Math.min(0.9, 1 - keep));
  }

  private static double length(fi.retki.scenes.Vec3 v) {
    return Math.sqrt(v.x() * v.x() + v.y() * v.y() + v.z() * v.z());
  }

  private static double luminance(fi.retki.scenes.Rgb colour, ToneCurve.Encoding encoding) {
    return 0.2126 * encoding.linear(colour, 0) + 0.7152 * encoding.linear(colour, 1)
        + 0.0722 * encoding.linear(colour, 2);
  }

  /**
   * The filters go first, and the view port's own output back right after them: the frame grabber
   * and any other processor of this view port must see the finished picture, not the filters'
   * input. (jME's filter processor points the view port at its own frame buffer in every
   * {@code preFrame} and leaves it so after drawing the filters into the real output.)
   */
  private void addFirst(FilterPostProcessor filters) {
    List<SceneProcessor> others = new ArrayList<>(viewPort.getProcessors());
    for (SceneProcessor other : others) {
      viewPort.removeProcessor(other);
    }
    finished = new Finished(viewPort, viewPort.getOutputFrameBuffer());
    viewPort.addProcessor(filters);
    viewPort.addProcessor(finished);
    for (SceneProcessor other : others) {
      viewPort.addProcessor(other);
    }
  }

  /** Points the view port back at its own output once the filters have drawn the picture there. */
  private static final class Finished extends AfterFrame {
    private final ViewPort viewPort;
    private final FrameBuffer output;

    Finished(ViewPort viewPort, FrameBuffer output) {
      this.viewPort = viewPort;
      this.output = output;
    }

    @Override
    public void postFrame(FrameBuffer out) {
      viewPort.setOutputFrameBuffer(output);
    }

    @Override
    public void cleanup() {
      super.cleanup();
      viewPort.setOutputFrameBuffer(output);
    }
  }


  /** The filters on the view port now, first to last (empty when nothing is shown). */
  public List<Filter> filters() {
    return processor == null ? List.of() : List.copyOf(processor.getFilterList());
  }

  /** Takes the filters off the view port. */
  public void clear() {
    if (processor != null) {
      viewPort.removeProcessor(processor);
      viewPort.removeProcessor(finished);
      processor = null;
      finished = null;
    }
  }
}
