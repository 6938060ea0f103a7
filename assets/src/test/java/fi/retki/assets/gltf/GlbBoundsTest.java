package fi.retki.assets.gltf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.retki.assets.TestFiles;
import org.junit.jupiter.api.Test;

class GlbBoundsTest {
  /** The one-triangle GLB (positions 0…1 on x and y, z = 0) with its node given the fields of {@code node}. */
  private static GlbBounds.Box triangleUnder(ObjectNode parent, ObjectNode child) throws GlbException {
    GlbFile glb = Glb.parse(TestFiles.triangle(null, null));
    ArrayNode nodes = glb.json().putArray("nodes");
    nodes.add(parent.put("mesh", 0));
    if (child != null) {
      parent.remove("mesh");
      parent.putArray("children").add(1);
      nodes.add(child.put("mesh", 0));
    }
    return GlbBounds.of(glb);
  }

  private static ObjectNode node() {
    return new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
  }

  private static void assertBox(GlbBounds.Box box, double... expected) {
    double[] actual = {box.min().x(), box.min().y(), box.min().z(), box.max().x(), box.max().y(), box.max().z()};
    for (int i = 0; i < 6; i++) {
      assertThat(actual[i]).as("component %d of %s", i, box).isCloseTo(expected[i], within(1e-9));
    }
  }

  @Test
  void aPlainNode_givesTheAccessorsMinAndMax() throws Exception {
    assertBox(triangleUnder(node(), null), 0, 0, 0, 1, 1, 0);
  }

  @Test
  void translationRotationAndScale_applyInThatOrder_andParentsApplyToChildren() throws Exception {
    ObjectNode parent = node();
    parent.putArray("translation").add(10).add(0).add(0);
    ObjectNode child = node();
    // a quarter turn about +y: +x goes to -z
    child.putArray("rotation").add(0).add(Math.sin(Math.PI / 4)).add(0).add(Math.cos(Math.PI / 4));
    child.putArray("scale").add(2).add(3).add(1);
    assertBox(triangleUnder(parent, child), 10, 0, -2, 10, 3, 0);
  }

  @Test
  void aMatrix_isReadColumnByColumn() throws Exception {
    ObjectNode matrix = node();
    ArrayNode m = matrix.putArray("matrix");
    for (double v : new double[] {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 4, 5, 6, 1}) {
      m.add(v);
    }
    assertBox(triangleUnder(matrix, null), 4, 5, 6, 5, 6, 6);
  }

  @Test
  void aModelWithoutMeshes_hasNoBox() throws Exception {
    GlbFile glb = Glb.parse(TestFiles.triangle(null, null));
    glb.json().putArray("nodes").addObject();
    assertThat(GlbBounds.of(glb)).isNull();
  }

  @Test
  void positionsWithoutMinAndMax_areNamed() throws Exception {
    GlbFile glb = Glb.parse(TestFiles.triangle(null, null));
    ((ObjectNode) glb.json().get("accessors").get(0)).remove("min");
    assertThatThrownBy(() -> GlbBounds.of(glb)).isInstanceOf(GlbException.class)
        .hasMessage("$.accessors[0] holds positions but has no min and max; glTF requires them on POSITION "
            + "(most exporters write them)");
  }

  @Test
  void aNodeThatIsItsOwnAncestor_isRefused() throws Exception {
    GlbFile glb = Glb.parse(TestFiles.triangle(null, null));
    ((ObjectNode) glb.json().get("nodes").get(0)).putArray("children").add(0);
    assertThatThrownBy(() -> GlbBounds.of(glb)).isInstanceOf(GlbException.class)
        .hasMessageContaining("is its own ancestor");
  }
}
