package fi.retki.assets.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Checks that bytes are a whole, well-formed PNG of a bounded size, and re-encodes its pixels to
 * a fresh PNG, for images that come from untrusted clients (pupils' snapshots).
 */
public final class PngCheck {
  /*
   * The chunk structure is walked before any pixel is decoded: signature, IHDR first with a size
   * within bounds, every chunk's CRC, IEND last with nothing after it. Only then does ImageIO
   * decode, so the memory a decode takes is bounded by the checked size (at most 4 bytes a pixel,
   * since more than 8 bits a channel is refused). Re-encoding drops every ancillary chunk and any
   * bytes a browser or viewer might take for something else.
   */

  /** The most pixels a checked image may have: a 4096 × 4096 image, 64 MiB once decoded. */
  public static final long MAX_PIXELS = 4096L * 4096;

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  /** What a check found: a well-formed PNG of this size, or the reason it is not one. */
  public sealed interface Result permits Valid, Invalid {}

  /** A well-formed PNG. */
  public record Valid(ImageSize size) implements Result {}

  /** Not a PNG this check accepts; {@code reason} is a sentence for people. */
  public record Invalid(String reason) implements Result {}

  private PngCheck() {}

  /** Walks the chunks without decoding pixels; never allocates more than a few bytes. */
  public static Result check(byte[] data) {
    if (data.length < SIGNATURE.length || !startsWithSignature(data)) {
      return new Invalid("it is not a PNG image (its first bytes are not the PNG signature)");
    }
    int at = SIGNATURE.length;
    ImageSize size = null;
    boolean palette = false;
    boolean needsPalette = false;
    int dataChunks = 0;
    boolean dataEnded = false;
    while (true) {
      if (data.length - at < 12) {
        return new Invalid("the PNG ends in the middle of a chunk, before its IEND chunk");
      }
      long length = uint32(data, at);
      if (length > data.length - at - 12L) {
        return new Invalid("a PNG chunk says it is " + length + " bytes long, more than the file has left");
      }
      String type = new String(data, at + 4, 4, StandardCharsets.ISO_8859_1);
      if (!type.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        return new Invalid("the PNG has a chunk whose type is not four letters");
      }
      int body = at + 8;
      int end = body + (int) length;
      CRC32 crc = new CRC32();
      crc.update(data, at + 4, 4 + (int) length);
      if (crc.getValue() != uint32(data, end)) {
        return new Invalid("the PNG's " + type + " chunk is damaged (its checksum does not match)");
      }
      at = end + 4;
      if (size == null) {
        if (!type.equals("IHDR")) {
          return new Invalid("the PNG does not start with its IHDR header chunk");
        }
        Result header = header(data, body, (int) length);
        if (header instanceof Invalid) {
          return header;
        }
        size = ((Valid) header).size();
        needsPalette = data[body + 9] == 3;
        continue;
      }
      if (dataChunks > 0 && !type.equals("IDAT")) {
        dataEnded = true;
      }
      switch (type) {
        case "IHDR":
          return new Invalid("the PNG has a second IHDR header chunk");
        case "PLTE":
          if (palette || dataChunks > 0) {
            return new Invalid("the PNG's palette is repeated or comes after its pixels");
          }
          palette = true;
          break;
        case "IDAT":
          if (dataEnded) {
            return new Invalid("the PNG's pixel data is split by other chunks");
          }
          dataChunks++;
          break;
        case "IEND":
          if (length != 0 || at != data.length) {
            return new Invalid("the PNG has bytes after its IEND end chunk");
          }
          if (dataChunks == 0) {
            return new Invalid("the PNG has no pixel data (no IDAT chunk)");
          }
          if (needsPalette && !palette) {
            return new Invalid("the PNG uses a palette but has no PLTE chunk");
          }
          return new Valid(size);
        default:
          if (Character.isUpperCase(type.charAt(0))) {
            return new Invalid("the PNG has a critical chunk " + type + " that no PNG reader knows");
          }
      }
    }
  }

  /** The IHDR chunk's checks: its length, size, bit depth, colour type and methods. */
  private static Result header(byte[] data, int body, int length) {
    if (length != 13) {
      return new Invalid("the PNG's IHDR header chunk is " + length + " bytes long, not 13");
    }
    long width = uint32(data, body);
    long height = uint32(data, body + 4);
    if (width == 0 || height == 0) {
      return new Invalid("the PNG says it is " + width + "x" + height + " pixels; it must be at least 1x1");
    }
    if (width > Images.MAX_SIDE || height > Images.MAX_SIDE || width * height > MAX_PIXELS) {
      return new Invalid("the image is " + width + "x" + height + " pixels; it may be at most " + Images.MAX_SIDE
          + " pixels on a side and " + MAX_PIXELS + " pixels in all (a 4096x4096 image)");
    }
    int depth = data[body + 8];
    int colour = data[body + 9];
    boolean valid;
    switch (colour) {
      case 0:
        valid = depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
        break;
      case 3:
        valid = depth == 1 || depth == 2 || depth == 4 || depth == 8;
        break;
      case 2:
      case 4:
      case 6:
        valid = depth == 8 || depth == 16;
        break;
      default:
        valid = false;
    }
    if (!valid) {
      return new Invalid("the PNG's colour type " + colour + " with bit depth " + depth + " is not a valid pair");
    }
    if (depth == 16) {
      return new Invalid("the PNG has 16 bits a channel; save it with 8 bits a channel");
    }
    if (data[body + 10] != 0 || data[body + 11] != 0 || (data[body + 12] != 0 && data[body + 12] != 1)) {
      return new Invalid("the PNG's compression, filter or interlace method is not one PNG defines");
    }
    return new Valid(new ImageSize((int) width, (int) height));
  }

  /**
   * The pixels of a PNG that passed {@link #check}, decoded and encoded again as a fresh PNG
   * without any of the original's other chunks.
   *
   * @throws IllegalArgumentException with a sentence for people if the PNG fails the check or its
   *     pixel data does not decode
   */
  public static byte[] reencode(byte[] data) {
    Result result = check(data);
    if (result instanceof Invalid) {
      throw new IllegalArgumentException(((Invalid) result).reason());
    }
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(data));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("the PNG's pixel data does not decode", e);
    }
    if (image == null) {
      throw new IllegalArgumentException("the PNG's pixel data does not decode");
    }
    return Images.encode(image, fi.retki.scenes.MediaType.PNG);
  }

  private static boolean startsWithSignature(byte[] data) {
    for (int i = 0; i < SIGNATURE.length; i++) {
      if (data[i] != SIGNATURE[i]) {
        return false;
      }
    }
    return true;
  }

  private static long uint32(byte[] data, int at) {
    return ((data[at] & 0xffL) << 24) | ((data[at + 1] & 0xffL) << 16) | ((data[at + 2] & 0xffL) << 8)
        | (data[at + 3] & 0xffL);
  }
}
