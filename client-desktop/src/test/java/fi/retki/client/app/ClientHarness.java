package fi.retki.client.app;

import org.awaitility.Awaitility;
import com.jme3.app.state.AppState;
import com.jme3.system.AppSettings;
import fi.retki.client.app.state.ExploreState;
import fi.retki.client.app.state.FrameGrabState;
import fi.retki.client.app.state.LobbyState;
import fi.retki.client.app.state.WorldState;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * Runs the real client app in a real window (under Xvfb with Mesa in CI) and lets a test act on
 * its render thread and read back frames. Screenshots go to {@code target/screenshots/}.
 */
final class ClientHarness implements AutoCloseable {
  static final Path SHOTS = Path.of("target", "screenshots");

  private static final AtomicInteger WINDOWS = new AtomicInteger();

  final RetkiApp app;
  /** The window's title, unique to this window (the input tests find it by its title). */
  final String title;
  private Thread renderThread;

  private ClientHarness(RetkiApp app, String title) {
    this.app = app;
    this.title = title;
  }

  /** A title no other window on the display has, this run's or a parallel run's. */
  private static String uniqueTitle() {
    return "Retki test " + ProcessHandle.current().pid() + "-" + WINDOWS.incrementAndGet();
  }

  static ClientHarness start(int width, int height, AppState... states) throws Exception {
    RetkiApp app = new RetkiApp(states);
    app.setSettings(settings(width, height));
    app.setShowSettings(false);
    app.setPauseOnLostFocus(false);
    return start(app);
  }

  /** The client as the command builds it, with a fresh cache and no settings file. */
  static ClientHarness client(Path cacheDir, Timings timings, String... args) throws Exception {
    return client(cacheDir, timings, ClientSettings.DEFAULTS, args);
  }

  /** The client as the command builds it over these remembered settings, with a fresh cache and no settings file. */
  static ClientHarness client(Path cacheDir, Timings timings, ClientSettings remembered, String... args)
      throws Exception {
    ClientOptions options = ClientOptions.parse(java.util.List.of(args));
    ClientSettings settings = options.over(remembered);
    RetkiApp app = RetkiClient.app(options, settings, null, cacheDir, timings);
    app.getContext();
    AppSettings window = RetkiClient.windowSettings(options, settings);
    window.setVSync(false);
    window.setFrameRate(-1);
    window.setTitle(uniqueTitle());
    app.setSettings(window);
    return start(app);
  }

  static ClientHarness start(RetkiApp app) throws Exception {
    if (System.getenv("DISPLAY") == null) {
      throw new IllegalStateException("no DISPLAY: run the rendering tests under Xvfb (see README)");
    }
    app.start();
    ClientHarness harness = new ClientHarness(app, app.getContext().getSettings().getTitle());
    harness.awaitTrue(() -> app.getStateManager().getState(WorldState.class).isInitialized(), 60);
    harness.renderThread = harness.call(Thread::currentThread);
    return harness;
  }

  static AppSettings settings(int width, int height) {
    AppSettings settings = new AppSettings(true);
    settings.setRenderer(AppSettings.LWJGL_OPENGL32);
    settings.setResolution(width, height);
    settings.setTitle(uniqueTitle());
    settings.setFrameRate(60);
    settings.setVSync(false);
    settings.setSamples(0);
    return settings;
  }

  /** Runs on the render thread and waits for the result (jME's timed get takes null for a timeout). */
  <T> T call(Callable<T> task) throws Exception {
    return app.enqueue(task).get(60, TimeUnit.SECONDS);
  }

  void run(Runnable task) throws Exception {
    call(() -> {
      task.run();
      return Boolean.TRUE;
    });
  }

  /** Polls a condition on the render thread until it holds. */
  void awaitTrue(Callable<Boolean> condition, int seconds) throws Exception {
    // Each check waits for the render thread's next update, so polling keeps pace with frames.
    Awaitility.await().atMost(seconds, TimeUnit.SECONDS).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
        .until(() -> Boolean.TRUE.equals(app.enqueue(condition).get(seconds, TimeUnit.SECONDS)));
  }

  /**
   * Waits until the app has drawn {@code n} more frames: input the X server had before this call
   * has then been read and handled (jME reads the window's events at the end of a frame and
   * handles them in the next).
   */
  void awaitFrames(int n) throws Exception {
    long start = call(() -> app.frames);
    awaitTrue(() -> app.frames >= start + n, Math.max(10, n / 5));
  }

  /** Waits until the app's own clock (what animations run on) has gone {@code seconds} further. */
  void awaitAppSeconds(double seconds) throws Exception {
    double start = call(() -> (double) app.getTimer().getTimeInSeconds());
    awaitTrue(() -> app.getTimer().getTimeInSeconds() >= start + seconds, (int) Math.ceil(seconds) + 30);
  }

  /** Waits until the lobby has loaded everything and the pupil can explore. */
  void awaitLessonReady() throws Exception {
    awaitState(ExploreState.class, 60);
    awaitTrue(() -> app.getStateManager().getState(LobbyState.class) == null
        && app.getStateManager().getState(WorldState.class).built().complete(), 90);
  }

  /** A frame a few frames from now (so that changes made just before are drawn). */
  BufferedImage grab() throws Exception {
    FrameGrabState grabber = app.getStateManager().getState(FrameGrabState.class);
    grabber.grab().get(30, TimeUnit.SECONDS);
    grabber.grab().get(30, TimeUnit.SECONDS);
    return grabber.grab().get(30, TimeUnit.SECONDS);
  }

  <T extends com.jme3.app.state.AppState> T state(Class<T> type) throws Exception {
    return call(() -> app.getStateManager().getState(type));
  }

  /** Waits until a state of this type is attached and initialized. */
  <T extends com.jme3.app.state.AppState> T awaitState(Class<T> type, int seconds) throws Exception {
    awaitTrue(() -> {
      T state = app.getStateManager().getState(type);
      return state != null && state.isInitialized();
    }, seconds);
    return state(type);
  }

  static Path save(BufferedImage image, String name) {
    try {
      Files.createDirectories(SHOTS);
      Path file = SHOTS.resolve(name + ".png");
      ImageIO.write(image, "png", file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stops the app and waits for its render thread to end: LWJGL3's context says "destroyed"
   * before it calls glfwTerminate, and a next window made in between finds no monitor.
   */
  @Override
  public void close() throws InterruptedException {
    if (renderThread == null || renderThread.isAlive()) {
      app.stop(true);
    }
    if (renderThread != null) {
      renderThread.join(10_000);
      return;
    }
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals("jME3 Main")) {
        thread.join(10_000);
      }
    }
  }

  /** True once the app has stopped by itself and its render thread has ended. */
  boolean ended(int seconds) throws InterruptedException {
    renderThread.join(TimeUnit.SECONDS.toMillis(seconds));
    return !renderThread.isAlive();
  }
}
