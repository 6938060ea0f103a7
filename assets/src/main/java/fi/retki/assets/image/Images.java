package fi.retki.assets.image;

import fi.retki.scenes.MediaType;
import fi.retki.scenes.Problem;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Image checks and scaling for PNG and JPEG. */
public final class Images {
  /** The largest side an image may have, in pixels. */
  public static final int MAX_SIDE = 8192;
  /** The JPEG quality of re-encoded images. */
  static final float JPEG_QUALITY = 0.88f;

  static {
    ImageIO.setUseCache(false);
  }

  private Images() {}

  /** The format the bytes really are (by their magic numbers), or {@code null} if neither PNG nor JPEG. */
  public static MediaType sniff(byte[] data) {
    if (data.length >= 8 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
      return MediaType.PNG;
    }
    if (data.length >= 3 && (data[0] & 0xff) == 0xFF && (data[1] & 0xff) == 0xD8 && (data[2] & 0xff) == 0xFF) {
      return MediaType.JPEG;
    }
    return null;
  }

  /**
   * The size from the header alone (PNG IHDR, JPEG SOF), without decoding the pixels; {@code
   * null} if the header cannot be found.
   */
  public static ImageSize size(byte[] data) {
    MediaType type = sniff(data);
    if (type == MediaType.PNG) {
      if (data.length < 24) {
        return null;
      }
      return new ImageSize(int32(data, 16), int32(data, 20));
    }
    if (type == MediaType.JPEG) {
      int i = 2;
      while (i + 9 < data.length) {
        if ((data[i] & 0xff) != 0xFF) {
          return null;
        }
        int marker = data[i + 1] & 0xff;
        if (marker == 0xFF) {
          i++;
          continue;
        }
        int length = ((data[i + 2] & 0xff) << 8) | (data[i + 3] & 0xff);
        boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (startOfFrame) {
          int height = ((data[i + 5] & 0xff) << 8) | (data[i + 6] & 0xff);
          int width = ((data[i + 7] & 0xff) << 8) | (data[i + 8] & 0xff);
          return new ImageSize(width, height);
        }
        i += 2 + length;
      }
    }
    return null;
  }

  private static int int32(byte[] data, int at) {
    return ((data[at] & 0xff) << 24) | ((data[at + 1] & 0xff) << 16) | ((data[at + 2] & 0xff) << 8) | (data[at + 3] & 0xff);
  }

  /**
   * Everything wrong with an image file: a format that is not what its name says, a size over
   * {@link #MAX_SIDE}, or pixels that do not decode.
   */
  public static List<Problem> check(String fileName, byte[] data, MediaType declared) {
    List<Problem> problems = new ArrayList<>();
    MediaType actual = sniff(data);
    if (actual == null) {
      problems.add(Problem.inFile(fileName, "is not a PNG or JPEG image (its first bytes are neither); "
          + "save it as " + name(declared)));
      return problems;
    }
    if (actual != declared) {
      problems.add(Problem.inFile(fileName, "the file is a " + name(actual) + " image but its name says "
          + name(declared) + "; rename it or convert it"));
      return problems;
    }
    ImageSize size = size(data);
    if (size == null) {
      problems.add(Problem.inFile(fileName, "the " + name(actual) + " header is damaged: no image size found"));
      return problems;
    }
    if (size.width() > MAX_SIDE || size.height() > MAX_SIDE || size.width() <= 0 || size.height() <= 0) {
      problems.add(Problem.inFile(fileName, "is " + size.width() + "x" + size.height() + " pixels; images may be at most "
          + MAX_SIDE + " pixels on a side (2048 is plenty for the high tier)"));
      return problems;
    }
    try {
      if (ImageIO.read(new ByteArrayInputStream(data)) == null) {
        problems.add(Problem.inFile(fileName, "does not decode as " + name(actual)));
      }
    } catch (IOException | RuntimeException e) {
      problems.add(Problem.inFile(fileName, "does not decode as " + name(actual) + ": " + e.getMessage()));
    }
    return problems;
  }

  private static String name(MediaType type) {
    return type == MediaType.PNG ? "PNG" : "JPEG";
  }

  /**
   * The image scaled down to fit {@code maxSide} pixels on its longer side and re-encoded in the
   * same format; the input itself if it already fits.
   */
  public static byte[] limit(byte[] data, MediaType type, int maxSide) {
    ImageSize size = size(data);
    if (size != null && size.longerSide() <= maxSide) {
      return data;
    }
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
      if (image == null) {
        throw new IllegalArgumentException("not a decodable " + type.mime() + " image");
      }
      if (Math.max(image.getWidth(), image.getHeight()) <= maxSide) {
        return data;
      }
      double scale = (double) maxSide / Math.max(image.getWidth(), image.getHeight());
      int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
      int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
      return encode(scale(image, width, height, type == MediaType.PNG), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scales by halving steps, then one last bilinear step: sharper than one big bilinear jump. */
  static BufferedImage scale(BufferedImage source, int width, int height, boolean alpha) {
    int kind = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    BufferedImage current = source;
    int w = source.getWidth();
    int h = source.getHeight();
    do {
      w = Math.max(width, w / 2);
      h = Math.max(height, h / 2);
      BufferedImage next = new BufferedImage(w, h, kind);
      Graphics2D g = next.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(current, 0, 0, w, h, null);
      g.dispose();
      current = next;
    } while (w != width || h != height);
    return current;
  }

  /** PNG, or JPEG at quality {@link #JPEG_QUALITY}. */
  public static byte[] encode(BufferedImage image, MediaType type) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (type == MediaType.PNG) {
        ImageIO.write(image, "png", out);
        return out.toByteArray();
      }
      BufferedImage rgb = image;
      if (image.getType() != BufferedImage.TYPE_INT_RGB && image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
        rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
      }
      Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
      ImageWriter writer = writers.next();
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
        writer.setOutput(stream);
        writer.write(null, new IIOImage(rgb, null, null), param);
      } finally {
        writer.dispose();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
