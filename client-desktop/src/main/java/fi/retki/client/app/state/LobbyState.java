package fi.retki.client.app.state;

import com.jme3.app.Application;
import com.jme3.app.SimpleApplication;
import com.jme3.app.state.AppState;
import com.jme3.app.state.AppStateManager;
import com.jme3.app.state.BaseAppState;
import com.jme3.math.ColorRGBA;
import com.jme3.renderer.Camera;
import com.jme3.renderer.Limits;
import com.jme3.scene.Node;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.ProgressBar;
import fi.retki.assets.bake.ManifestAsset;
import fi.retki.assets.bake.Tier;
import fi.retki.client.app.Services;
import fi.retki.client.app.Timings;
import fi.retki.client.app.ui.Ui;
import fi.retki.client.app.ui.Widgets;
import fi.retki.client.load.LoadListener;
import fi.retki.client.load.LoadedScene;
import fi.retki.client.load.OfflineException;
import fi.retki.client.tier.TierChoice;
import fi.retki.scenes.Language;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.logging.Logger;
import org.lwjgl.opengl.GL11;

/**
 * Loading a scene: a progress bar while the core's loader streams the assets in priority order,
 * progress reported on (to the class session), the first view shown as soon as its assets are
 * there (the play states start then), the rest added as it arrives. The tier comes from the GPU
 * (the core's {@link TierChoice}) unless overridden. With {@code textless} (daycare) the bar has
 * no words. A failure is said in words; in daycare small, at the bottom, for the adult. Without the
 * server a scene shown before on this computer loads from the cache (the core's loader does that).
 */
public final class LobbyState extends BaseAppState implements LoadListener {
  private static final Logger LOG = Logger.getLogger(LobbyState.class.getName());

  private final Services services;
  private final String sceneId;
  private final String tierOverride;
  private final Language language;
  private final float uiScale;
  private final boolean textless;
  private final DoubleConsumer progressReport;
  private final Function<LoadedScene, AppState[]> playStates;
  private final Timings timings;
  private final Map<String, Path> arrived = new LinkedHashMap<>();
  private SimpleApplication app;
  private WorldState world;
  private Container panel;
  private ProgressBar bar;
  private Label message;
  private Tier tier;
  private volatile double fraction;
  private boolean shown;
  private boolean ready;
  private boolean gone;
  private Consumer<String> onFailure = m -> {};

  /**
   * @param progressReport where progress goes besides the bar (the class session), any thread
   * @param playStates the states to start with the first view
   */
  public LobbyState(Services services, String sceneId, String tierOverride, Language language, float uiScale,
      boolean textless, DoubleConsumer progressReport, Function<LoadedScene, AppState[]> playStates, Timings timings) {
    this.services = services;
    this.sceneId = sceneId;
    this.tierOverride = tierOverride;
    this.language = language;
    this.uiScale = uiScale;
    this.textless = textless;
    this.progressReport = progressReport;
    this.playStates = playStates;
    this.timings = timings;
  }

  public void onFailure(Consumer<String> onFailure) {
    this.onFailure = onFailure;
  }

  @Override
  protected void initialize(Application application) {
    app = (SimpleApplication) application;
    world = getState(WorldState.class);
    tier = TierChoice.choose(gpu(app), tierOverride);
    timings.tier(tier.id());
    panel = new Container();
    if (!textless) {
      panel.addChild(Widgets.heading(Ui.LOADING.in(language)));
    }
    bar = panel.addChild(new ProgressBar());
    bar.setPreferredSize(new com.jme3.math.Vector3f(600, 40, 0));
    message = panel.addChild(Widgets.label("", 22));
    Widgets.centre(panel, app.getCamera(), uiScale, 0.5f);
    app.getGuiNode().attachChild(panel);
    services.loader().load(sceneId, tier, this).whenComplete((scene, failure) -> app.enqueue(() -> {
      if (gone) {
        return;
      }
      if (failure != null) {
        failed(failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure);
      } else {
        finished(scene);
      }
    }));
  }

  /**
   * Says why the scene cannot be shown: on the loading screen, or in daycare (before anything is
   * shown) with a calm moon for the children and the words small at the bottom for the adult.
   */
  private void failed(Throwable failure) {
    LOG.warning("loading " + sceneId + " failed: " + failure.getMessage());
    String text = failure instanceof OfflineException offline
        ? String.format(Ui.NOT_ON_THIS_COMPUTER.in(language), offline.server())
        : Ui.LOAD_FAILED.in(language);
    if (!textless) {
      message.setText(text);
      if (!shown) {
        Widgets.centre(panel, app.getCamera(), uiScale, 0.5f);
      }
    } else if (!shown) {
      panel.removeFromParent();
      Camera cam = app.getCamera();
      Node moon = Moon.of(app.getAssetManager(), cam.getHeight() * 0.08f);
      moon.setLocalTranslation(cam.getWidth() / 2f, cam.getHeight() * 0.55f, 5);
      app.getGuiNode().attachChild(moon);
      Label note = Widgets.label(text, 18);
      note.setColor(new ColorRGBA(1f, 1f, 1f, 0.85f));
      Widgets.centre(note, cam, uiScale, 0.08f);
      app.getGuiNode().attachChild(note);
    }
    onFailure.accept(failure.getMessage());
  }

  /** What the machine's graphics offer, read on the render thread. */
  static TierChoice.GpuInfo gpu(Application app) {
    String renderer = GL11.glGetString(GL11.GL_RENDERER);
    Integer maxTexture = app.getRenderer().getLimits().get(Limits.TextureSize);
    return new TierChoice.GpuInfo(renderer, maxTexture == null ? 2048 : maxTexture, 0, Runtime.getRuntime().maxMemory());
  }

  public Tier tier() {
    return tier;
  }

  /** True once every asset is loaded and shown. */
  public boolean ready() {
    return ready;
  }

  // LoadListener: on loader threads.

  @Override
  public void progress(double fraction, long bytesDone, long bytesTotal) {
    this.fraction = fraction;
    progressReport.accept(fraction);
  }

  @Override
  public void assetReady(ManifestAsset asset, Path file) {
    app.enqueue(() -> {
      if (gone) {
        return;
      }
      arrived.put(asset.path(), file);
      if (shown) {
        world.arrived(arrived);
      }
    });
  }

  @Override
  public void firstViewReady(LoadedScene partial) {
    app.enqueue(() -> {
      if (gone) {
        return; // the lesson ended while loading
      }
      arrived.putAll(partial.files());
      world.show(partial.scene(), arrived);
      shown = true;
      timings.firstView();
      panel.removeFromParent();
      Widgets.at(panel, app.getCamera(), uiScale * 0.5f, 0.7f, 0.06f);
      app.getGuiNode().attachChild(panel);
      getStateManager().attachAll(playStates.apply(partial));
    });
  }

  private void finished(LoadedScene scene) {
    arrived.putAll(scene.files());
    world.arrived(arrived);
    ready = true;
    timings.ready();
    LOG.info("retki-client: " + sceneId + " " + timings);
    getStateManager().detach(this);
  }

  @Override
  public void update(float tpf) {
    bar.setProgressPercent(fraction);
  }

  @Override
  public void stateDetached(AppStateManager stateManager) {
    gone = true; // at once: loader callbacks already queued for this frame must not show the scene
  }

  @Override
  protected void cleanup(Application application) {
    panel.removeFromParent();
  }

  @Override
  protected void onEnable() {}

  @Override
  protected void onDisable() {}
}
