package fi.retki.client.load;

import java.io.IOException;

/** A scene could not be loaded: its manifest or {@code scene.json} is unusable, or an asset kept failing. */
public final class LoadException extends IOException {
  public LoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
