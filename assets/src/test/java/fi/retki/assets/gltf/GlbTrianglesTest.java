package fi.retki.assets.gltf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Triangles are counted per use of a mesh in the scene, by primitive mode, from accessor counts. */
class GlbTrianglesTest {
  private static byte[] glb(String json) {
    return Glb.write(json.getBytes(StandardCharsets.UTF_8), null);
  }

  @Test
  void aMeshUsedByTwoNodesIsCountedTwice_andUnusedNodesNotAtAll() throws Exception {
    String json = "{\"asset\":{\"version\":\"2.0\"},\"scene\":0,\"scenes\":[{\"nodes\":[0]}],"
        + "\"nodes\":[{\"children\":[1,2]},{\"mesh\":0},{\"mesh\":0},{\"mesh\":1}],"
        + "\"meshes\":[{\"primitives\":[{\"attributes\":{\"POSITION\":0}}]},"
        + "{\"primitives\":[{\"attributes\":{\"POSITION\":0}}]}],"
        + "\"accessors\":[{\"count\":36,\"componentType\":5126,\"type\":\"VEC3\"}]}";
    assertThat(GlbTriangles.count(glb(json))).isEqualTo(24);
  }

  @Test
  void indicesCountBeforePositions_andStripsFansAndLinesByTheirMode() throws Exception {
    String json = "{\"asset\":{\"version\":\"2.0\"},\"scenes\":[{\"nodes\":[0]}],\"nodes\":[{\"mesh\":0}],"
        + "\"meshes\":[{\"primitives\":["
        + "{\"attributes\":{\"POSITION\":0},\"indices\":1},"
        + "{\"attributes\":{\"POSITION\":0},\"mode\":5},"
        + "{\"attributes\":{\"POSITION\":0},\"mode\":6},"
        + "{\"attributes\":{\"POSITION\":0},\"mode\":1}]}],"
        + "\"accessors\":[{\"count\":10,\"componentType\":5126,\"type\":\"VEC3\"},"
        + "{\"count\":30,\"componentType\":5123,\"type\":\"SCALAR\"}]}";
    assertThat(GlbTriangles.count(glb(json))).isEqualTo(10 + 8 + 8);
  }

  @Test
  void aNodeCycleDoesNotLoopForever() throws Exception {
    String json = "{\"asset\":{\"version\":\"2.0\"},\"scenes\":[{\"nodes\":[0]}],"
        + "\"nodes\":[{\"children\":[1]},{\"children\":[0],\"mesh\":0}],"
        + "\"meshes\":[{\"primitives\":[{\"attributes\":{\"POSITION\":0}}]}],"
        + "\"accessors\":[{\"count\":3,\"componentType\":5126,\"type\":\"VEC3\"}]}";
    assertThat(GlbTriangles.count(glb(json))).isPositive().isLessThan(100);
  }

  @Test
  void notAGlb_isAnError() {
    assertThatThrownBy(() -> GlbTriangles.count(new byte[] {1, 2, 3})).isInstanceOf(GlbException.class);
  }
}
