package fi.retki.client.app;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/** What a test can say about a rendered frame without a reference image. */
record FrameCheck(int distinctColours, double[] upper, double[] lower) {
  static FrameCheck of(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    int w = image.getWidth();
    int h = image.getHeight();
    for (int y = 0; y < h; y += 2) {
      for (int x = 0; x < w; x += 2) {
        colours.add(image.getRGB(x, y) & 0xf8f8f8);
      }
    }
    return new FrameCheck(colours.size(), mean(image, 0, h / 5), mean(image, h * 4 / 5, h));
  }

  /** The mean red, green and blue of a band of rows. */
  static double[] mean(BufferedImage image, int fromRow, int toRow) {
    double[] sum = new double[3];
    long n = 0;
    for (int y = fromRow; y < toRow; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        sum[0] += (rgb >> 16) & 0xff;
        sum[1] += (rgb >> 8) & 0xff;
        sum[2] += rgb & 0xff;
        n++;
      }
    }
    return new double[] {sum[0] / n, sum[1] / n, sum[2] / n};
  }

  /** The sky band is brighter or bluer than the ground band. */
  boolean upperDiffersFromLower() {
    double upperLight = upper[0] + upper[1] + upper[2];
    double lowerLight = lower[0] + lower[1] + lower[2];
    return upperLight - lowerLight > 30 || upper[2] - lower[2] > 20;
  }

  /** The share of pixels that differ noticeably between two frames of the same size. */
  static double changed(BufferedImage a, BufferedImage b) {
    long differ = 0;
    long n = 0;
    for (int y = 0; y < a.getHeight(); y += 2) {
      for (int x = 0; x < a.getWidth(); x += 2) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        int d = Math.abs(((p >> 16) & 0xff) - ((q >> 16) & 0xff))
            + Math.abs(((p >> 8) & 0xff) - ((q >> 8) & 0xff))
            + Math.abs((p & 0xff) - (q & 0xff));
        if (d > 30) {
          differ++;
        }
        n++;
      }
    }
    return (double) differ / n;
  }
}
