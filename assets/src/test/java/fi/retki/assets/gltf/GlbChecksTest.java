package fi.retki.assets.gltf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.retki.assets.TestFiles;
import fi.retki.scenes.MediaType;
import fi.retki.scenes.Problem;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GlbChecksTest {
  private static List<String> check(byte[] glb) {
    return GlbChecks.check("pack/models/m.glb", glb).stream().map(Problem::toString).collect(Collectors.toList());
  }

  private static byte[] bin() {
    ByteBuffer bin = ByteBuffer.allocate(36).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : new float[] {0, 0, 0, 1, 0, 0, 0, 1, 0}) {
      bin.putFloat(v);
    }
    return bin.array();
  }

  @Test
  void aSoundModelWithAnEmbeddedTextureHasNoProblems() {
    assertThat(check(TestFiles.triangle(TestFiles.image(64, 64, MediaType.PNG), MediaType.PNG))).isEmpty();
    assertThat(check(TestFiles.triangle(null, null))).isEmpty();
  }

  @Test
  void anExternalBufferUriIsRefused() {
    ObjectNode json = TestFiles.triangleJson(36, 0, 0, null);
    ((ObjectNode) json.get("buffers").get(0)).put("uri", "../../secret/triangle.bin");
    assertThat(check(TestFiles.glb(json, null))).containsExactly(
        "pack/models/m.glb: $.buffers[0].uri: \"../../secret/triangle.bin\" points outside the file; external URIs "
            + "are not allowed in a pack, embed the data in the GLB's binary chunk");
  }

  @Test
  void aSmallDataUriIsAllowedAndABigOneIsNot() {
    ObjectNode small = TestFiles.triangleJson(36, 0, 0, null);
    ((ObjectNode) small.get("buffers").get(0))
        .put("uri", "data:application/octet-stream;base64," + Base64.getEncoder().encodeToString(bin()));
    assertThat(check(TestFiles.glb(small, null))).isEmpty();

    ObjectNode big = TestFiles.triangleJson(36, 0, 0, null);
    byte[] payload = new byte[180 * 1024];
    ((ObjectNode) big.get("buffers").get(0))
        .put("uri", "data:application/octet-stream;base64," + Base64.getEncoder().encodeToString(payload));
    assertThat(check(TestFiles.glb(big, null))).containsExactly(
        "pack/models/m.glb: $.buffers[0].uri: a data: URI of 180 KiB is too big (at most 4 KiB); embed it in the "
            + "GLB's binary chunk");
  }

  @Test
  void anAccessorReachingPastItsViewIsRefused() {
    ObjectNode json = TestFiles.triangleJson(36, 0, 0, null);
    ((ObjectNode) json.get("accessors").get(0)).put("count", 300);
    assertThat(check(TestFiles.glb(json, bin()))).containsExactly(
        "pack/models/m.glb: $.accessors[0]: 300 elements need 3600 bytes but buffer view 0 has 36");
  }

  @Test
  void aBufferViewOutsideTheBinaryChunkIsRefused() {
    ObjectNode json = TestFiles.triangleJson(36, 0, 0, null);
    ((ObjectNode) json.get("bufferViews").get(0)).put("byteOffset", 24);
    assertThat(check(TestFiles.glb(json, bin()))).contains(
        "pack/models/m.glb: $.bufferViews[0]: bytes 24 to 60 do not fit in buffer 0 of 36 bytes");
  }

  @Test
  void anIndexOutOfRangeIsRefused() {
    ObjectNode json = TestFiles.triangleJson(36, 0, 0, null);
    ((ObjectNode) json.get("nodes").get(0)).put("mesh", 4);
    assertThat(check(TestFiles.glb(json, bin()))).containsExactly(
        "pack/models/m.glb: $.nodes[0].mesh: 4 is not a mesh index; this file has 1 mesh");
  }

  @Test
  void anEmbeddedImageMustBeWhatItsMimeTypeSays() {
    byte[] glb = TestFiles.triangle(TestFiles.image(32, 32, MediaType.JPEG), MediaType.PNG);
    assertThat(check(glb)).containsExactly(
        "pack/models/m.glb: $.images[0]: the file is a JPEG image but its name says PNG; rename it or convert it");
  }

  @Test
  void anOversizeEmbeddedImageIsRefusedFromItsHeader() {
    byte[] header = TestFiles.image(8, 8, MediaType.PNG);
    ByteBuffer.wrap(header).putInt(16, 9000);
    assertThat(check(TestFiles.triangle(header, MediaType.PNG))).containsExactly(
        "pack/models/m.glb: $.images[0]: is 9000x8 pixels; images may be at most 8192 pixels on a side "
            + "(2048 is plenty for the high tier)");
  }
}
