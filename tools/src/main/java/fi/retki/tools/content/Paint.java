package fi.retki.tools.content;

import fi.retki.assets.image.Images;
import fi.retki.scenes.MediaType;
import java.awt.image.BufferedImage;

/** Painting textures pixel by pixel and encoding them. */
final class Paint {
  private Paint() {}

  /** The colour of a pixel at (u, v), both in [0, 1). */
  interface Shader {
    int rgb(double u, double v);
  }

  static BufferedImage image(int width, int height, Shader shader) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        row[x] = shader.rgb((x + 0.5) / width, (y + 0.5) / height);
      }
      image.setRGB(0, y, width, 1, row, 0, width);
    }
    return image;
  }

  static byte[] jpeg(int width, int height, Shader shader) {
    return Images.encode(image(width, height, shader), MediaType.JPEG);
  }

  static byte[] jpeg(BufferedImage image) {
    return Images.encode(image, MediaType.JPEG);
  }

  static byte[] png(BufferedImage image) {
    return Images.encode(image, MediaType.PNG);
  }

  static int rgb(double r, double g, double b) {
    return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
  }

  private static int clamp(double v) {
    return (int) Math.max(0, Math.min(255, Math.round(v)));
  }

  /** Mixes two 0xRRGGBB colours, {@code t} = 0 gives {@code a}. */
  static int mix(int a, int b, double t) {
    t = Math.max(0, Math.min(1, t));
    return rgb(Noise.lerp((a >> 16) & 0xff, (b >> 16) & 0xff, t), Noise.lerp((a >> 8) & 0xff, (b >> 8) & 0xff, t),
        Noise.lerp(a & 0xff, b & 0xff, t));
  }

  /** Scales a colour's brightness. */
  static int shade(int c, double f) {
    return rgb(((c >> 16) & 0xff) * f, ((c >> 8) & 0xff) * f, (c & 0xff) * f);
  }

  static double smoothstep(double edge0, double edge1, double x) {
    double t = Math.max(0, Math.min(1, (x - edge0) / (edge1 - edge0)));
    return t * t * (3 - 2 * t);
  }
}
