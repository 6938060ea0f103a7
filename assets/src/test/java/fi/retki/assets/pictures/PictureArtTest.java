package fi.retki.assets.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.retki.scenes.live.Picture;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PictureArtTest {
  @Test
  void everyPictureDrawsAtAnySize_withMoreThanTheCardOnIt() {
    for (Picture picture : Picture.values()) {
      for (int size : new int[] {32, 64, 256}) {
        BufferedImage image = PictureArt.draw(picture, size);
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(inkedShare(image)).as("%s at %d px", picture, size).isGreaterThan(0.15);
      }
    }
  }

  @Test
  void noTwoPicturesLookAlike() {
    Picture[] all = Picture.values();
    for (int a = 0; a < all.length; a++) {
      for (int b = a + 1; b < all.length; b++) {
        double difference = difference(PictureArt.draw(all[a], 48), PictureArt.draw(all[b], 48));
        assertThat(difference).as("%s against %s", all[a], all[b]).isGreaterThan(0.08);
      }
    }
  }

  @Test
  void png_isAPngOfTheAskedSize() throws IOException {
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(PictureArt.png(Picture.CAT, 128)));

    assertThat(read.getWidth()).isEqualTo(128);
    assertThat(read.getHeight()).isEqualTo(128);
    assertThatThrownBy(() -> PictureArt.draw(Picture.CAT, 4096)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Not a check: every picture at 64 and 256 px on one sheet, to look at. */
  @Test
  void sheet_isWrittenForPeopleToLookAt() throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "pictures"));
    for (int size : new int[] {64, 256}) {
      BufferedImage sheet = new BufferedImage(size * 8 + 9 * 8, size * 2 + 3 * 8, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = sheet.createGraphics();
      g.setColor(new java.awt.Color(0x33, 0x44, 0x55));
      g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
      Picture[] all = Picture.values();
      for (int i = 0; i < all.length; i++) {
        g.drawImage(PictureArt.draw(all[i], size), 8 + (i % 8) * (size + 8), 8 + (i / 8) * (size + 8), null);
      }
      g.dispose();
      ImageIO.write(sheet, "png", dir.resolve("pictures-" + size + ".png").toFile());
    }
    assertThat(dir.resolve("pictures-256.png")).exists();
  }

  /** The share of pixels that are neither the card nor transparent. */
  private static double inkedShare(BufferedImage image) {
    int inked = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int argb = image.getRGB(x, y);
        if ((argb >>> 24) > 128 && (argb & 0xffffff) != 0xfffdf7) {
          inked++;
        }
      }
    }
    return inked / (double) (image.getWidth() * image.getHeight());
  }

  /** Mean difference of the colour channels, 0 (same) to 1. */
  private static double difference(BufferedImage a, BufferedImage b) {
    double sum = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int shift = 0; shift <= 16; shift += 8) {
          sum += Math.abs((p >> shift & 0xff) - (q >> shift & 0xff)) / 255.0;
        }
      }
    }
    return sum / (3.0 * a.getWidth() * a.getHeight());
  }
}
