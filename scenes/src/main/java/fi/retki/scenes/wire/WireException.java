package fi.retki.scenes.wire;

/** A frame that cannot be read: a stable {@code code} and a message naming what is wrong. */
public final class WireException extends Exception {
  private final String code;
  private final String ref;

  public WireException(String code, String message, String ref) {
    super(message, null, false, false);
    this.code = code;
    this.ref = ref;
  }

  public String code() {
    return code;
  }

  /** The frame's {@code ref}, if it could be read. */
  public String ref() {
    return ref;
  }
}
