package fi.retki.assets.gltf;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.assets.TestFiles;
import fi.retki.assets.image.ImageSize;
import fi.retki.assets.image.Images;
import fi.retki.scenes.MediaType;
import org.junit.jupiter.api.Test;

class GlbTexturesTest {
  private static ImageSize embedded(byte[] glb) throws GlbException {
    GlbFile file = Glb.parse(glb);
    byte[] image = GlbChecks.viewBytes(file.json().path("bufferViews").get(1), file.bin());
    return Images.size(image);
  }

  @Test
  void anEmbeddedTextureIsScaledToTheTierAndTheModelStaysSound() throws Exception {
    byte[] glb = TestFiles.triangle(TestFiles.image(2048, 1024, MediaType.JPEG), MediaType.JPEG);
    byte[] low = GlbTextures.limit(glb, 512);
    assertThat(embedded(low)).isEqualTo(new ImageSize(512, 256));
    assertThat(low.length).isLessThan(glb.length);
    assertThat(GlbChecks.check("low.glb", low)).isEmpty();
    assertThat(Glb.parse(low).json().path("buffers").get(0).path("byteLength").asInt())
        .isEqualTo(Glb.parse(low).bin().length);
    assertThat(GlbTextures.limit(glb, 512)).as("deterministic").isEqualTo(low);
  }

  @Test
  void aModelWhoseTexturesFitIsReturnedAsItIs() {
    byte[] glb = TestFiles.triangle(TestFiles.image(256, 256, MediaType.PNG), MediaType.PNG);
    assertThat(GlbTextures.limit(glb, 512)).isSameAs(glb);
    byte[] plain = TestFiles.triangle(null, null);
    assertThat(GlbTextures.limit(plain, 512)).isSameAs(plain);
  }
}
