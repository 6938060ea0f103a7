package fi.retki.assets.gltf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.retki.assets.TestFiles;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GlbTest {
  private final byte[] triangle = TestFiles.triangle(null, null);

  @Test
  void aWrittenGlbParsesBackWithItsChunks() throws Exception {
    GlbFile file = Glb.parse(triangle);
    assertThat(file.json().path("asset").path("version").asText()).isEqualTo("2.0");
    assertThat(file.bin()).hasSize(36);
    assertThat(triangle.length % 4).isZero();
  }

  @Test
  void aWrongMagicIsNamed() {
    byte[] zip = Arrays.copyOf(triangle, triangle.length);
    System.arraycopy("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1), 0, zip, 0, 4);
    assertThatThrownBy(() -> Glb.parse(zip)).isInstanceOf(GlbException.class)
        .hasMessage("not a GLB file: the first four bytes are \"PK..\", a GLB starts with \"glTF\"");
  }

  @Test
  void aWrongVersionOrLengthIsRefused() {
    byte[] v1 = Arrays.copyOf(triangle, triangle.length);
    ByteBuffer.wrap(v1).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 1);
    assertThatThrownBy(() -> Glb.parse(v1)).hasMessageContaining("GLB version 1 is not supported");

    byte[] cut = Arrays.copyOf(triangle, triangle.length - 8);
    assertThatThrownBy(() -> Glb.parse(cut))
        .hasMessage("the GLB header says " + triangle.length + " bytes but the file has " + cut.length);
  }

  @Test
  void aChunkLongerThanTheFileIsRefused() {
    byte[] bad = Arrays.copyOf(triangle, triangle.length);
    ByteBuffer.wrap(bad).order(ByteOrder.LITTLE_ENDIAN).putInt(12, 1 << 20);
    assertThatThrownBy(() -> Glb.parse(bad)).hasMessageStartingWith("chunk 0 says it has 1048576 bytes but only");
  }

  @Test
  void theFirstChunkMustBeJson() {
    byte[] bad = Arrays.copyOf(triangle, triangle.length);
    ByteBuffer.wrap(bad).order(ByteOrder.LITTLE_ENDIAN).putInt(16, 0x004E4942);
    assertThatThrownBy(() -> Glb.parse(bad)).hasMessage("the first chunk must be JSON, but its type is \"BIN.\"");
  }

  @Test
  void aJsonChunkThatIsNotJsonIsRefused() {
    byte[] bad = Glb.write("{\"asset\": ".getBytes(StandardCharsets.UTF_8), null);
    assertThatThrownBy(() -> Glb.parse(bad)).hasMessageStartingWith("the JSON chunk is not valid JSON");
  }
}
