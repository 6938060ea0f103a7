package fi.retki.client.app.state;

import com.jme3.app.Application;
import com.jme3.app.SimpleApplication;
import com.jme3.app.state.BaseAppState;
import com.jme3.audio.AudioData;
import com.jme3.audio.AudioNode;
import com.jme3.audio.AudioSource;
import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector3f;
import com.jme3.renderer.Camera;
import com.jme3.light.DirectionalLight;
import com.jme3.light.Light;
import fi.retki.assets.bake.Tier;
import fi.retki.client.app.look.SceneLook;
import fi.retki.client.app.look.ToneCurve;
import fi.retki.client.app.scene.BuiltScene;
import fi.retki.client.app.scene.CacheLocator;
import fi.retki.client.app.scene.Poses;
import fi.retki.client.app.scene.SceneBuilder;
import fi.retki.scenes.PointOfInterest;
import fi.retki.scenes.Pose;
import fi.retki.scenes.Vec3;
import fi.retki.scenes.Scene;
import fi.retki.client.tier.TierChoice;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hosts the scene being shown: mounts its cached files, builds it, adds parts as they stream in,
 * and places the camera. The other states (explore, guided, plan, daycare) move the camera and
 * read the ground through it. The scene's look (fog, exposure, tone curve; shadows and ambient
 * occlusion where the tier affords them) goes on the main view port as post filters
 * ({@link SceneLook}). Render thread only.
 */
public final class WorldState extends BaseAppState {
  /** A soft daylight blue, shown before the sky texture has arrived. */
  static final ColorRGBA SKY_BLUE = new ColorRGBA(0.55f, 0.72f, 0.9f, 1f);
  private static final AtomicInteger MOUNTS = new AtomicInteger();
  private static final Logger LOG = Logger.getLogger(WorldState.class.getName());

  private SimpleApplication app;
  private String mount;
  private BuiltScene built;
  private java.util.Set<String> present = java.util.Set.of();
  private AudioNode ambient;
  private SceneLook look;
  private ToneCurve.Encoding encoding;
  private Tier tier;

  @Override
  protected void initialize(Application application) {
    app = (SimpleApplication) application;
    app.getViewPort().setBackgroundColor(SKY_BLUE);
    Camera cam = app.getCamera();
    cam.setFrustumPerspective(60f, (float) cam.getWidth() / cam.getHeight(), 0.2f, 2000f);
    // The client runs without jME's gamma correction (RetkiClient.windowSettings): the lit shaders
    // write display-encoded colours, and the look's lights and curve are given in those terms.
    encoding = app.getContext().getSettings().isGammaCorrection()
        ? ToneCurve.Encoding.LINEAR : ToneCurve.Encoding.GAMMA_SPACE;
    look = new SceneLook(app.getAssetManager(), app.getViewPort(), encoding);
  }

  /**
   * Shows a scene with the files present so far; replaces any scene shown before. The tier is the
   * lobby's, if a lobby is loading the scene, else the one this machine's graphics choose.
   */
  public BuiltScene show(Scene scene, Map<String, Path> files) {
    LobbyState lobby = getState(LobbyState.class);
    Tier chosen = lobby != null && lobby.tier() != null ? lobby.tier() : TierChoice.choose(LobbyState.gpu(app));
    return show(scene, files, chosen);
  }

  /** Shows a scene with the files present so far, with what {@code tier} affords of its look. */
  public BuiltScene show(Scene scene, Map<String, Path> files, Tier tier) {
    clear();
    this.tier = tier;
    mount = "scene-" + MOUNTS.incrementAndGet();
    CacheLocator.mount(app.getAssetManager(), mount, files);
    present = java.util.Set.copyOf(files.keySet());
    built = new SceneBuilder(app.getAssetManager(), mount, encoding).build(scene, files.keySet(), tier != Tier.LOW);
    app.getRootNode().attachChild(built.root());
    app.getViewPort().setBackgroundColor(SKY_BLUE);
    look.show(scene, sun(built), tier);
    place(scene.start());
    startAmbient();
    return built;
  }

  /** More files have arrived: builds the parts they complete. */
  public void arrived(Map<String, Path> files) {
    if (built == null) {
      return;
    }
    CacheLocator.update(mount, files);
    present = java.util.Set.copyOf(files.keySet());
    built.addArrived(files.keySet());
    startAmbient();
  }

  /** The scene's background sound, looping quietly, once its file is here (and if there is sound). */
  private void startAmbient() {
    if (ambient != null || built.scene().ambientAudio() == null || app.getAudioRenderer() == null) {
      return;
    }
    String name = assetName(built.scene().ambientAudio().value());
    if (name == null) {
      return;
    }
    try {
      ambient = new AudioNode(app.getAssetManager(), name, AudioData.DataType.Stream);
      ambient.setPositional(false);
      ambient.setLooping(true);
      ambient.setVolume(0.35f);
      app.getRootNode().attachChild(ambient);
      ambient.play();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cannot play the ambient sound: " + e.getMessage());
    }
  }

  /** True while the scene's background sound plays. */
  public boolean ambientPlaying() {
    return ambient != null && ambient.getStatus() == AudioSource.Status.Playing;
  }

  /** The asset name of a pack file of the scene shown, or {@code null} if it has not arrived. */
  public String assetName(String packPath) {
    return built != null && present.contains(packPath) ? CacheLocator.name(mount, packPath) : null;
  }

  /** The light that casts the scene's shadows, if it has one. */
  private static DirectionalLight sun(BuiltScene built) {
    for (Light light : built.root().getLocalLightList()) {
      if (light instanceof DirectionalLight sun && "sun".equals(sun.getName())) {
        return sun;
      }
    }
    return null;
  }

  /** The tier the scene shown was built for, or {@code null}. */
  public Tier tier() {
    return tier;
  }

  /** The post filters on the scene's view now, first to last (fog and tone curve last). */
  public java.util.List<com.jme3.post.Filter> filters() {
    return look.filters();
  }

  /** The scene shown, or {@code null}. */
  public BuiltScene built() {
    return built;
  }

  /** Puts the camera at a pose. */
  public void place(Pose pose) {
    Camera cam = app.getCamera();
    cam.setLocation(Poses.vector(pose.position()));
    cam.lookAtDirection(Poses.direction(pose.yaw(), pose.pitch()), Vector3f.UNIT_Y);
  }

  /** Where the camera is and looks now. */
  public Pose pose() {
    Camera cam = app.getCamera();
    Vector3f p = cam.getLocation();
    Vector3f d = cam.getDirection();
    return new Pose(new Vec3(p.x, p.y, p.z), Poses.yawOf(d), Poses.pitchOf(d));
  }

  /** The view of a point of interest, raised above the ground if it would be under it. */
  public Pose viewOf(String poiId) {
    PointOfInterest poi = built.scene().pointOfInterest(poiId);
    if (poi == null) {
      return null;
    }
    Pose view = poi.view();
    Vec3 p = view.position();
    float ground = built.groundHeight((float) p.x(), (float) p.z(), (float) p.y() - 2);
    double y = Math.max(p.y(), ground + 1.0);
    return new Pose(new Vec3(p.x(), y, p.z()), view.yaw(), view.pitch());
  }

  /** Removes the scene shown, if any. */
  public void clear() {
    if (ambient != null) {
      ambient.stop();
      ambient.removeFromParent();
      ambient = null;
    }
    if (built != null) {
      look.clear();
      built.root().removeFromParent();
      CacheLocator.unmount(app.getAssetManager(), mount);
      app.getAssetManager().clearCache();
      built = null;
      mount = null;
    }
  }

  @Override
  protected void cleanup(Application application) {
    clear();
  }

  @Override
  protected void onEnable() {}

  @Override
  protected void onDisable() {}
}
