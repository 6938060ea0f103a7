package fi.retki.client.load;

import fi.retki.client.net.ServerException;
import java.io.IOException;
import java.net.URI;

/**
 * The server cannot be reached and the scene is not wholly on this computer, so it cannot be
 * loaded from the disk cache alone. The message says so and what to do about it; the cause is the
 * {@link ServerException} of the failed manifest request.
 */
public final class OfflineException extends IOException {
  private final URI server;
  private final String sceneId;

  OfflineException(URI server, String sceneId, ServerException cause) {
    super("the server at " + server + " cannot be reached and the scene " + sceneId
        + " is not fully on this computer yet; connect once to download it", cause);
    this.server = server;
    this.sceneId = sceneId;
  }

  /** The server that could not be reached. */
  public URI server() {
    return server;
  }

  public String sceneId() {
    return sceneId;
  }
}
