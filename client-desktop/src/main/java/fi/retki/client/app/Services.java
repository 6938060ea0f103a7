package fi.retki.client.app;

import fi.retki.client.cache.AssetCache;
import fi.retki.client.load.SceneLoader;
import fi.retki.client.net.ServerApi;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The core's services the app states share: the server's API, the disk cache and the scene
 * loader with its worker pool (never the render thread), plus the settings in force.
 */
public final class Services implements AutoCloseable {
  private final ClientSettings settings;
  private final Path settingsFile;
  private final Path cacheDir;
  private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
    Thread thread = new Thread(r, "retki-load");
    thread.setDaemon(true);
    return thread;
  });
  private ServerApi api;
  private SceneLoader loader;
  private AssetCache cache;

  /**
   * @param settingsFile where remembered settings are written back, or {@code null} not to write
   */
  public Services(ClientSettings settings, Path settingsFile, Path cacheDir) {
    this.settings = settings;
    this.settingsFile = settingsFile;
    this.cacheDir = cacheDir;
  }

  public ClientSettings settings() {
    return settings;
  }

  public Path settingsFile() {
    return settingsFile;
  }

  /** Points the services at a server (the join screen may change it). */
  public synchronized void useServer(URI server) throws IOException {
    if (api != null && api.base().equals(URI.create(server.getScheme() + "://" + server.getRawAuthority()))) {
      return;
    }
    if (cache == null) {
      cache = AssetCache.open(cacheDir);
    }
    api = new ServerApi(server);
    loader = new SceneLoader(api, cache, workers);
  }

  public synchronized ServerApi api() {
    return api;
  }

  public synchronized SceneLoader loader() {
    return loader;
  }

  public ExecutorService workers() {
    return workers;
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
