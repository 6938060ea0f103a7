package fi.retki.assets.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.retki.scenes.MediaType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngCheckTest {
  @Test
  void aWholePngPassesWithItsSize() {
    assertThat(PngCheck.check(png(64, 48))).isEqualTo(new PngCheck.Valid(new ImageSize(64, 48)));
  }

  @Test
  void htmlAfterTheSignatureIsRefused() {
    byte[] html = concat(Arrays.copyOf(png(4, 4), 8), "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
    assertThat(PngCheck.check(html)).isInstanceOf(PngCheck.Invalid.class);
  }

  @Test
  void bytesAfterIendAreRefused() {
    byte[] trailing = concat(png(4, 4), "<html>".getBytes(StandardCharsets.UTF_8));
    assertThat(reason(trailing)).contains("after its IEND");
  }

  @Test
  void aHugeDeclaredSizeIsRefusedFromTheHeaderAlone() {
    // 389 KB of zeros deflate to a few hundred bytes: a file that would decode to 1.6 GB of pixels.
    byte[] bomb = build(20_000, 20_000, 8, 6, new byte[400_000]);
    assertThat(bomb.length).isLessThan(10_000);
    assertThat(reason(bomb)).contains("20000x20000").contains("at most 8192");
    assertThatThrownBy(() -> PngCheck.reencode(bomb)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("20000x20000");
  }

  @Test
  void sidesWithinTheLimitButTooManyPixelsAreRefused() {
    assertThat(reason(build(8192, 8192, 8, 2, new byte[10]))).contains("pixels in all");
  }

  @Test
  void aDamagedChecksumIsRefused() {
    byte[] png = png(8, 8);
    png[png.length - 20] ^= 1;
    assertThat(PngCheck.check(png)).isInstanceOf(PngCheck.Invalid.class);
  }

  @Test
  void aPngThatDoesNotStartWithIhdrIsRefused() {
    byte[] good = png(2, 2);
    byte[] text = chunk("tEXt", "a\0b".getBytes(StandardCharsets.ISO_8859_1));
    byte[] moved = concat(Arrays.copyOf(good, 8), text, Arrays.copyOfRange(good, 8, good.length));
    assertThat(reason(moved)).contains("IHDR");
  }

  @Test
  void sixteenBitsAChannelAreRefused() {
    assertThat(reason(build(2, 2, 16, 6, new byte[2 * (1 + 2 * 8)]))).contains("16 bits");
  }

  @Test
  void aTruncatedPngIsRefused() {
    byte[] png = png(16, 16);
    assertThat(reason(Arrays.copyOf(png, png.length - 6))).contains("ends in the middle");
  }

  @Test
  void reencodingKeepsThePixelsAndDropsEverythingElse() throws Exception {
    byte[] good = png(5, 3);
    byte[] text = chunk("tEXt", "Comment\0<html><script>alert(1)</script>".getBytes(StandardCharsets.ISO_8859_1));
    byte[] withText = concat(Arrays.copyOf(good, 33), text, Arrays.copyOfRange(good, 33, good.length));
    assertThat(PngCheck.check(withText)).isInstanceOf(PngCheck.Valid.class);

    byte[] fresh = PngCheck.reencode(withText);
    assertThat(PngCheck.check(fresh)).isEqualTo(new PngCheck.Valid(new ImageSize(5, 3)));
    assertThat(new String(fresh, StandardCharsets.ISO_8859_1)).doesNotContain("script");
    BufferedImage before = ImageIO.read(new ByteArrayInputStream(good));
    BufferedImage after = ImageIO.read(new ByteArrayInputStream(fresh));
    for (int y = 0; y < 3; y++) {
      for (int x = 0; x < 5; x++) {
        assertThat(after.getRGB(x, y)).isEqualTo(before.getRGB(x, y));
      }
    }
  }

  @Test
  void pixelDataThatDoesNotInflateIsRefusedOnReencoding() {
    byte[] png = concat(signature(), chunk("IHDR", ihdr(4, 4, 8, 2)), chunk("IDAT", new byte[] {1, 2, 3, 4}),
        chunk("IEND", new byte[0]));
    assertThat(PngCheck.check(png)).isInstanceOf(PngCheck.Valid.class);
    assertThatThrownBy(() -> PngCheck.reencode(png)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not decode");
  }

  private static String reason(byte[] png) {
    PngCheck.Result result = PngCheck.check(png);
    assertThat(result).isInstanceOf(PngCheck.Invalid.class);
    return ((PngCheck.Invalid) result).reason();
  }

  private static byte[] png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, (x * 40) << 16 | (y * 60) << 8 | 0x80000000);
      }
    }
    return Images.encode(image, MediaType.PNG);
  }

  /** A PNG whose IHDR says what we like and whose IDAT is {@code raw} deflated. */
  private static byte[] build(int width, int height, int depth, int colour, byte[] raw) {
    Deflater deflater = new Deflater(9);
    deflater.setInput(raw);
    deflater.finish();
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    while (!deflater.finished()) {
      idat.write(buffer, 0, deflater.deflate(buffer));
    }
    return concat(signature(), chunk("IHDR", ihdr(width, height, depth, colour)), chunk("IDAT", idat.toByteArray()),
        chunk("IEND", new byte[0]));
  }

  private static byte[] signature() {
    return Arrays.copyOf(png(1, 1), 8);
  }

  private static byte[] ihdr(int width, int height, int depth, int colour) {
    return ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) depth).put((byte) colour)
        .put((byte) 0).put((byte) 0).put((byte) 0).array();
  }

  private static byte[] chunk(String type, byte[] body) {
    CRC32 crc = new CRC32();
    crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
    crc.update(body);
    return ByteBuffer.allocate(12 + body.length).putInt(body.length).put(type.getBytes(StandardCharsets.ISO_8859_1))
        .put(body).putInt((int) crc.getValue()).array();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
