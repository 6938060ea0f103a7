package fi.retki.client.live;

/**
 * The server (or, for a plan move, the client's own check of the same rules) refused a command:
 * a stable {@link #code()} such as {@code outside-area} or {@code not-owner}, and a sentence a
 * person can act on as the message.
 */
public final class RejectedException extends Exception {
  private final String code;

  public RejectedException(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  /** The refusal's code, e.g. {@code unknown-poi}, {@code session-ended}. */
  public String code() {
    return code;
  }
}
