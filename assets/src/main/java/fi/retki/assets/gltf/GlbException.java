package fi.retki.assets.gltf;

/** A file is not a well-formed GLB; the message says what is wrong, for people. */
public final class GlbException extends Exception {
  public GlbException(String message) {
    super(message);
  }
}
