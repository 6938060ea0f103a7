package fi.retki.client.net;

import java.io.IOException;

/**
 * The server could not be reached, or refused or failed a request. The message is a sentence a
 * person can act on; {@link #status()} is the HTTP status, or 0 when no answer came.
 */
public final class ServerException extends IOException {
  private final int status;

  public ServerException(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The HTTP status of the answer, or 0 if the server did not answer at all. */
  public int status() {
    return status;
  }
}
