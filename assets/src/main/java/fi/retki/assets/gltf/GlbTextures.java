package fi.retki.assets.gltf;

/** Rewrites the images embedded in a GLB. */
public final class GlbTextures {
  private GlbTextures() {}

  /**
   * The GLB with every embedded image larger than {@code maxSide} pixels on a side scaled down to
   * fit and re-encoded in its own format; the input itself if no image is larger.
   */
  public static byte[] limit(byte[] glb, int maxSide) {
    throw new UnsupportedOperationException("not yet");
  }
}
