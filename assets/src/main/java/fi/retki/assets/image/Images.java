package fi.retki.assets.image;

import fi.retki.scenes.MediaType;

/** Image checks and scaling for PNG and JPEG. */
public final class Images {
  private Images() {}

  /**
   * The image scaled down to fit {@code maxSide} pixels on its longer side and re-encoded in the
   * same format; the input itself if it already fits.
   */
  public static byte[] limit(byte[] data, MediaType type, int maxSide) {
    throw new UnsupportedOperationException("not yet");
  }
}
