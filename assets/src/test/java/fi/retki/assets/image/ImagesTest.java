package fi.retki.assets.image;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.assets.TestFiles;
import fi.retki.scenes.MediaType;
import fi.retki.scenes.Problem;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImagesTest {
  @Test
  void theSizeComesFromTheHeaderOfPngAndJpeg() {
    assertThat(Images.size(TestFiles.image(300, 200, MediaType.PNG))).isEqualTo(new ImageSize(300, 200));
    assertThat(Images.size(TestFiles.image(640, 480, MediaType.JPEG))).isEqualTo(new ImageSize(640, 480));
    assertThat(Images.size(new byte[] {1, 2, 3})).isNull();
  }

  @Test
  void limitingScalesTheLongerSideAndKeepsTheAspectAndFormat() throws Exception {
    byte[] jpeg = TestFiles.image(2048, 1024, MediaType.JPEG);
    byte[] small = Images.limit(jpeg, MediaType.JPEG, 512);
    assertThat(Images.sniff(small)).isEqualTo(MediaType.JPEG);
    assertThat(Images.size(small)).isEqualTo(new ImageSize(512, 256));
    assertThat(Images.limit(jpeg, MediaType.JPEG, 512)).as("deterministic").isEqualTo(small);
  }

  @Test
  void aPngKeepsItsTransparency() throws Exception {
    byte[] png = Images.limit(TestFiles.image(1024, 1024, MediaType.PNG), MediaType.PNG, 256);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(256);
    assertThat(image.getColorModel().hasAlpha()).isTrue();
    assertThat(image.getRGB(0, 0) >>> 24).as("half-transparent stripe").isBetween(100, 160);
    assertThat(image.getRGB(2, 0) >>> 24).as("clear gap").isZero();
  }

  @Test
  void anImageThatFitsIsReturnedAsItIs() {
    byte[] png = TestFiles.image(100, 50, MediaType.PNG);
    assertThat(Images.limit(png, MediaType.PNG, 512)).isSameAs(png);
  }

  @Test
  void aFileWhoseNameLiesAboutItsFormatIsNamed() {
    assertThat(Images.check("p/textures/sky.jpg", TestFiles.image(8, 8, MediaType.PNG), MediaType.JPEG))
        .containsExactly(Problem.inFile("p/textures/sky.jpg",
            "the file is a PNG image but its name says JPEG; rename it or convert it"));
    assertThat(Images.check("p/textures/sky.png", "hello".getBytes(), MediaType.PNG)).singleElement()
        .extracting(Problem::message).asString().startsWith("is not a PNG or JPEG image");
  }

  @Test
  void anImageOver8192PixelsIsRefusedWithoutDecodingIt() {
    byte[] png = TestFiles.image(8, 8, MediaType.PNG);
    ByteBuffer.wrap(png).putInt(16, 9000).putInt(20, 10);
    assertThat(Images.check("p/big.png", png, MediaType.PNG)).extracting(Problem::message)
        .containsExactly("is 9000x10 pixels; images may be at most 8192 pixels on a side (2048 is plenty for the high tier)");
  }

  @Test
  void anImageThatDoesNotDecodeIsRefused() {
    byte[] jpeg = TestFiles.image(64, 64, MediaType.JPEG);
    byte[] broken = Arrays.copyOf(jpeg, 400);
    Arrays.fill(broken, 300, 400, (byte) 0x17);
    assertThat(Images.check("p/t.jpg", broken, MediaType.JPEG)).extracting(Problem::message).singleElement()
        .asString().startsWith("does not decode as JPEG");
  }
}
