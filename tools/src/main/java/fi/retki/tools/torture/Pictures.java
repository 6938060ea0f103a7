package fi.retki.tools.torture;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/**
 * Small PNG snapshots, each with its own pixels, and their comparison. Compared as decoded pixels,
 * not bytes: a server may re-encode an upload (same picture, other bytes), and that is not a loss.
 */
final class Pictures {
  static final int SIZE = 16;

  private Pictures() {}

  /** A 16 × 16 opaque RGB PNG whose pixels come from {@code seed}: different seeds, different pictures. */
  static byte[] png(long seed) {
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
    long x = seed * 0x9E3779B97F4A7C15L + 1;
    for (int row = 0; row < SIZE; row++) {
      for (int column = 0; column < SIZE; column++) {
        x ^= x << 13;
        x ^= x >>> 7;
        x ^= x << 17;
        image.setRGB(column, row, (int) x & 0xFFFFFF);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing a PNG to memory", e);
    }
    return out.toByteArray();
  }

  /** True if both decode to the same size and the same opaque RGB pixels. */
  static boolean samePixels(byte[] expected, byte[] actual) {
    int[] a = pixels(expected);
    int[] b = pixels(actual);
    return a != null && b != null && Arrays.equals(a, b);
  }

  private static int[] pixels(byte[] png) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      if (image == null) {
        return null;
      }
      int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      int[] sized = Arrays.copyOf(pixels, pixels.length + 2);
      sized[pixels.length] = image.getWidth();
      sized[pixels.length + 1] = image.getHeight();
      return sized;
    } catch (IOException e) {
      return null;
    }
  }
}
