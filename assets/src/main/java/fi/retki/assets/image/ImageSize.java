package fi.retki.assets.image;

/** An image's width and height in pixels, as its header gives them. */
public record ImageSize(int width, int height) {
  /** The longer side. */
  public int longerSide() {
    return Math.max(width, height);
  }
}
