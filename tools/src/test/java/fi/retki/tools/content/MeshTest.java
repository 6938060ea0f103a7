package fi.retki.tools.content;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.assets.gltf.Glb;
import fi.retki.assets.gltf.GlbChecks;
import fi.retki.assets.gltf.GlbFile;
import org.junit.jupiter.api.Test;

class MeshTest {
  /** Every face normal points away from the shape's centre. */
  private static void facesPointOutwards(Mesh mesh, double cx, double cy, double cz) {
    float[] p = mesh.positions();
    float[] n = mesh.normals();
    for (int t = 0; t < p.length; t += 9) {
      double mx = (p[t] + p[t + 3] + p[t + 6]) / 3 - cx;
      double my = (p[t + 1] + p[t + 4] + p[t + 7]) / 3 - cy;
      double mz = (p[t + 2] + p[t + 5] + p[t + 8]) / 3 - cz;
      assertThat(mx * n[t] + my * n[t + 1] + mz * n[t + 2]).as("triangle %d", t / 9).isPositive();
    }
  }

  @Test
  void aBoxHasTwelveOutwardTriangles() {
    Mesh box = new Mesh().box(Mat4.identity(), 2, 2, 2);
    assertThat(box.vertexCount()).isEqualTo(36);
    facesPointOutwards(box, 0, 1, 0);
  }

  @Test
  void cylindersConesAndSpheresFaceOutwardsAndHaveNoEmptyTriangles() {
    facesPointOutwards(new Mesh().cylinder(Mat4.identity(), 1, 0.5, 3, 8), 0, 1.5, 0);
    Mesh cone = new Mesh().cylinder(Mat4.identity(), 1, 0, 2, 6);
    assertThat(cone.vertexCount()).as("per side: one wall and one bottom triangle; those with no area are dropped")
        .isEqualTo(6 * 2 * 3);
    facesPointOutwards(new Mesh().sphere(Mat4.translate(0, 5, 0), 5, 8), 0, 5, 0);
  }

  @Test
  void transformsPlaceAndTurnParts() {
    double[] p = Mat4.rotateY(90).then(Mat4.translate(10, 0, 0)).apply(0, 0, -1);
    assertThat(p[0]).isCloseTo(9, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(p[2]).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aModelBecomesASoundGlbWithBoundsAndItsTexture() throws Exception {
    Model model = new Model();
    model.part(Material.color("red", 0xff0000)).box(Mat4.identity(), 1, 2, 3);
    model.part(Material.textured("tex", Kit.texture(64, (u, v) -> 0x336699), "image/jpeg")).quad(Mat4.identity(),
        new double[] {0, 0, 0}, new double[] {1, 0, 0}, new double[] {1, 1, 0}, new double[] {0, 1, 0});
    byte[] glb = model.toGlb();
    assertThat(GlbChecks.check("model.glb", glb)).isEmpty();
    GlbFile file = Glb.parse(glb);
    assertThat(file.json().path("meshes").get(0).path("primitives")).hasSize(2);
    assertThat(file.json().path("accessors").get(0).path("max").toString()).isEqualTo("[0.5,2.0,1.5]");
    assertThat(file.json().path("images")).hasSize(1);
    assertThat(model.toGlb()).as("deterministic").isEqualTo(glb);
  }
}
