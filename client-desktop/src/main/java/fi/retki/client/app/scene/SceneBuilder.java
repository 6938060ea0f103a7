package fi.retki.client.app.scene;

import com.jme3.asset.AssetManager;
import com.jme3.asset.TextureKey;
import com.jme3.material.Material;
import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector3f;
import com.jme3.renderer.queue.RenderQueue;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import com.jme3.scene.plugins.gltf.GltfModelKey;
import com.jme3.scene.shape.Sphere;
import com.jme3.texture.Texture;
import com.jme3.util.SkyFactory;
import fi.retki.client.app.look.ToneCurve;
import fi.retki.scenes.PaletteKind;
import fi.retki.scenes.PointOfInterest;
import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneObject;
import java.util.Set;

/**
 * Turns a parsed {@link Scene} and its cached files into jME spatials: sky, ground, placed objects,
 * point-of-interest markers and palette models. Files are found through a {@link CacheLocator}
 * mount; whatever has not arrived yet is left out and added later ({@link BuiltScene#addArrived}).
 * Render thread only (it loads through the asset manager and builds scene graph nodes).
 */
public final class SceneBuilder {
  /** Far enough for the largest built-in scene, close enough for depth precision. */
  public static final float SKY_RADIUS = 900f;

  private final AssetManager assets;
  private final String mount;
  private final ToneCurve.Encoding encoding;

  public SceneBuilder(AssetManager assets, String mount) {
    this(assets, mount, ToneCurve.Encoding.GAMMA_SPACE);
  }

  /** A builder whose lights are given as the frame buffer holds colours ({@link ToneCurve}). */
  public SceneBuilder(AssetManager assets, String mount, ToneCurve.Encoding encoding) {
    this.assets = assets;
    this.mount = mount;
    this.encoding = encoding;
  }

  /** Builds what the present files allow, with the scene's ambient light through a light probe. */
  public BuiltScene build(Scene scene, Set<String> present) {
    return build(scene, present, true);
  }

  /**
   * Builds what the present files allow; {@code probe} false gives the ambient light as fill lights
   * instead of a light probe (cheaper on a software renderer: the low tier).
   */
  public BuiltScene build(Scene scene, Set<String> present, boolean probe) {
    Node root = new Node("scene:" + scene.id());
    SceneLights.light(root, scene.lighting(), encoding, probe);
    BuiltScene built = new BuiltScene(scene, root, this);
    built.addArrived(present);
    return built;
  }

  Spatial sky(Scene scene) {
    TextureKey key = new TextureKey(CacheLocator.name(mount, scene.sky().texture().value()), true);
    key.setGenerateMips(false);
    Texture texture = assets.loadTexture(key);
    // jME's equirectangular lookup runs the other way round from the format's (u = 0 towards -z,
    // u rising with yaw): the normal scale mirrors it, the rotation turns it into place.
    // SceneRenderIT.skyPanorama_isTurnedAsTheFormatSays holds this.
    Spatial sky = SkyFactory.createSky(assets, texture, new Vector3f(-1, 1, 1),
        SkyFactory.EnvMapType.EquirectMap, SKY_RADIUS);
    sky.setLocalRotation(Poses.yaw(90));
    sky.setName("sky");
    return sky;
  }

  Spatial model(String packPath) {
    Spatial model = assets.loadModel(new GltfModelKey(CacheLocator.name(mount, packPath)));
    model.setShadowMode(RenderQueue.ShadowMode.CastAndReceive);
    Loops.play(model, 0);
    return model;
  }

  Spatial object(SceneObject object) {
    Spatial model = model(object.model().value());
    model.setName("object:" + object.id());
    model.setLocalTranslation(Poses.vector(object.position()));
    model.setLocalRotation(Poses.yaw(object.yaw()));
    model.setLocalScale((float) object.scale());
    Loops.play(model, Loops.phase(object.id()));
    return model;
  }

  /**
   * A marker for a point of interest: a small breathing pin ({@link MarkerPin}) whose tip points
   * at the point's position, until {@link BuiltScene} moves it above the point's subject.
   */
  Spatial marker(PointOfInterest poi) {
    Spatial pin = MarkerPin.build(assets, "poi:" + poi.id(), Poses.vector(poi.position()));
    pin.setUserData("poi", poi.id());
    return pin;
  }

  /** A palette kind's model, unplaced, for the plan mode. */
  public Spatial paletteModel(PaletteKind kind) {
    Spatial model = model(kind.model().value());
    model.setName("kind:" + kind.id());
    return model;
  }

  /** A palette icon as a texture, for the plan mode's buttons. */
  public Texture icon(PaletteKind kind) {
    return assets.loadTexture(new TextureKey(CacheLocator.name(mount, kind.icon().value()), false));
  }
}
