package fi.retki.client.app.state;

import com.jme3.app.Application;
import com.jme3.app.SimpleApplication;
import com.jme3.app.state.BaseAppState;
import com.jme3.math.ColorRGBA;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import fi.retki.client.app.ClassConnection;
import fi.retki.client.app.ui.Ui;
import fi.retki.client.app.ui.Widgets;
import fi.retki.client.live.LiveLink;
import fi.retki.scenes.Language;

/**
 * A calm banner while the connection to the class is down; the core's link reconnects with the
 * resume token and sends again whatever was not acknowledged, so the pupil just carries on.
 */
public final class BannerState extends BaseAppState {
  private final ClassConnection connection;
  private final Language language;
  private final float uiScale;
  private SimpleApplication app;
  private Container banner;

  public BannerState(ClassConnection connection, Language language, float uiScale) {
    this.connection = connection;
    this.language = language;
    this.uiScale = uiScale;
  }

  @Override
  protected void initialize(Application application) {
    app = (SimpleApplication) application;
    connection.listenConnection(this::connection);
  }

  /** True while the banner is shown. */
  public boolean shown() {
    return banner != null;
  }

  private void connection(LiveLink.ConnectionState state) {
    boolean down = state == LiveLink.ConnectionState.RECONNECTING;
    if (down && banner == null) {
      // Light words on the dark plate: readable over a bright sky as over a dark forest.
      banner = Widgets.plate();
      Label words = banner.addChild(Widgets.label(Ui.RECONNECTING.in(language), 24));
      words.setColor(ColorRGBA.White);
      Widgets.centre(banner, app.getCamera(), uiScale, 0.9f);
      Widgets.keepInside(banner, app.getCamera());
      app.getGuiNode().attachChild(banner);
    } else if (!down && banner != null) {
      banner.removeFromParent();
      banner = null;
    }
  }

  @Override
  protected void cleanup(Application application) {
    if (banner != null) {
      banner.removeFromParent();
    }
  }

  @Override
  protected void onEnable() {}

  @Override
  protected void onDisable() {}
}
