package fi.retki.client.app;

import com.jme3.system.AppSettings;
import fi.retki.client.cache.AssetCache;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The desktop client's command: {@code java -jar retki-client.jar [--server URL] [--code CODE]
 * [--daycare SCENE] …} (see {@link ClientOptions#USAGE}). Exit codes: 0 ok, 64 usage.
 */
public final class RetkiClient {
  private RetkiClient() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    ClientOptions options;
    try {
      options = ClientOptions.parse(List.of(args));
    } catch (ClientOptions.UsageException e) {
      System.err.println("retki-client: " + e.getMessage());
      System.err.println(ClientOptions.USAGE);
      System.exit(64);
      return;
    }
    if (options.help()) {
      System.out.println(ClientOptions.USAGE);
      return;
    }
    Path settingsFile = ClientSettings.file(Path.of(System.getProperty("user.home")));
    ClientSettings settings = options.over(ClientSettings.load(settingsFile));
    try {
      settings.save(settingsFile);
    } catch (IOException e) {
      System.err.println("retki-client: cannot remember the settings in " + settingsFile + ": " + e.getMessage());
    }
    RetkiApp app = app(options, settings, settingsFile, AssetCache.defaultDir(), new Timings(start));
    app.start();
  }

  /**
   * The client as configured: the app, its services and its flow. The tests start it the same way.
   *
   * @param settingsFile where the join screen remembers the server, or {@code null}
   */
  public static RetkiApp app(ClientOptions options, ClientSettings settings, Path settingsFile, Path cacheDir,
      Timings timings) {
    RetkiApp app = new RetkiApp();
    Services services = new Services(settings, settingsFile, cacheDir);
    ClientFlow flow = new ClientFlow(app, services, options, timings);
    app.onStart(flow::start);
    app.setSettings(windowSettings(options, settings));
    app.setShowSettings(false);
    app.setPauseOnLostFocus(false);
    app.flow = flow;
    app.services = services;
    return app;
  }

  /** The window: OpenGL 3.2 core through LWJGL3, full screen when asked (daycare: unless --windowed). */
  static AppSettings windowSettings(ClientOptions options, ClientSettings settings) {
    AppSettings window = new AppSettings(true);
    window.setRenderer(AppSettings.LWJGL_OPENGL32);
    window.setTitle("Retki");
    window.setResolution(options.width(), options.height());
    boolean fullscreen = options.fullscreen() != null ? options.fullscreen()
        : options.daycare() != null || settings.fullscreen();
    window.setFullscreen(fullscreen);
    window.setFrameRate(60);
    window.setVSync(true);
    window.setSamples(0);
    window.setGammaCorrection(false);
    return window;
  }
}
