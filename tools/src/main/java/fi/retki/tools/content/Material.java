package fi.retki.tools.content;

/**
 * A glTF metallic-roughness material: a base colour, optionally a texture (embedded image bytes).
 *
 * @param texture PNG or JPEG bytes, or {@code null}
 * @param textureMime {@code image/png} or {@code image/jpeg}
 */
record Material(String name, float r, float g, float b, float a, float metallic, float roughness, byte[] texture,
    String textureMime, boolean doubleSided) {

  /** A plain matte colour from 0xRRGGBB. */
  static Material color(String name, int rgb) {
    return new Material(name, channel(rgb, 16), channel(rgb, 8), channel(rgb, 0), 1f, 0f, 0.9f, null, null, false);
  }

  /** A shiny metal of colour 0xRRGGBB. */
  static Material metal(String name, int rgb) {
    return new Material(name, channel(rgb, 16), channel(rgb, 8), channel(rgb, 0), 1f, 0.9f, 0.35f, null, null, false);
  }

  /**
   * Painted steel, as on playground things: matte enough to show its colour under plain lights.
   * (A real metal shows mostly what it reflects; with no environment map to reflect it is black.)
   */
  static Material painted(String name, int rgb) {
    return new Material(name, channel(rgb, 16), channel(rgb, 8), channel(rgb, 0), 1f, 0f, 0.55f, null, null, false);
  }

  /** A textured material (white base colour). */
  static Material textured(String name, byte[] image, String mime) {
    return new Material(name, 1f, 1f, 1f, 1f, 0f, 0.9f, image, mime, false);
  }

  Material twoSided() {
    return new Material(name, r, g, b, a, metallic, roughness, texture, textureMime, true);
  }

  /** Converts sRGB 0..255 to the linear factor glTF wants. */
  private static float channel(int rgb, int shift) {
    double c = ((rgb >> shift) & 0xff) / 255.0;
    double linear = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    return (float) (Math.round(linear * 10000) / 10000.0);
  }
}
