package fi.retki.tools.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.assets.gltf.Glb;
import fi.retki.assets.gltf.GlbChecks;
import fi.retki.assets.gltf.GlbFile;
import org.junit.jupiter.api.Test;

/** A model with moving parts is written as child nodes and one looping clip that the checks accept. */
class ModelTest {
  @Test
  void aModelWithoutMovingParts_hasOneNodeAndNoAnimation() throws Exception {
    Model model = new Model();
    model.part(Material.color("stone", 0x808080)).box(Mat4.identity(), 1, 1, 1);
    JsonNode json = Glb.parse(model.toGlb()).json();
    assertThat(json.get("nodes")).hasSize(1);
    assertThat(json.has("animations")).isFalse();
  }

  @Test
  void movingParts_becomeChildNodesAnimatedByOneLoopingClip() throws Exception {
    Model model = new Model();
    model.part(Material.color("body", 0x406080)).box(Mat4.identity(), 1, 0.5, 2);
    Model.Part tail = model.moving("tail", 0, 0.25, 1).turns(Motion.swing(0, 1, 0, 20, 4, 0));
    tail.part(Material.color("fin", 0x80a0c0)).box(Mat4.identity(), 0.1, 0.4, 0.6);
    model.moving("bubble", 0, 1, 0).travels(Motion.bob(0, 1, 0, 0.2, 4, 0.5))
        .part(Material.color("air", 0xffffff)).sphere(Mat4.scale(0.1, 0.1, 0.1), 3, 5);
    byte[] glb = model.toGlb();

    assertThat(GlbChecks.check("fish.glb", glb)).isEmpty();
    GlbFile file = Glb.parse(glb);
    JsonNode nodes = file.json().get("nodes");
    assertThat(nodes).hasSize(3);
    assertThat(nodes.get(0).get("children").toString()).isEqualTo("[1,2]");
    assertThat(nodes.get(1).get("name").asText()).isEqualTo("tail");
    assertThat(nodes.get(1).get("translation").toString()).isEqualTo("[0.0,0.25,1.0]");
    JsonNode clip = file.json().get("animations").get(0);
    assertThat(clip.get("name").asText()).isEqualTo(Model.CLIP);
    assertThat(clip.get("channels")).hasSize(2);
    assertThat(clip.get("channels").get(0).get("target").get("path").asText()).isEqualTo("rotation");
    assertThat(clip.get("channels").get(1).get("target").get("node").asInt()).isEqualTo(2);
    JsonNode times = file.json().get("accessors").get(clip.get("samplers").get(0).get("input").asInt());
    assertThat(times.get("type").asText()).isEqualTo("SCALAR");
    assertThat(times.get("max").get(0).asDouble()).isEqualTo(4.0);
    for (JsonNode sampler : clip.get("samplers")) {
      for (String end : new String[] {"input", "output"}) {
        JsonNode view = file.json().get("bufferViews")
            .get(file.json().get("accessors").get(sampler.get(end).asInt()).get("bufferView").asInt());
        assertThat(view.has("target")).as("key frames are no vertex buffer (glTF validator)").isFalse();
      }
    }
    assertThat(model.meshes()).hasSize(3);
  }

  @Test
  void aSwingStartsAndEndsAtTheSameTurn_soTheLoopHasNoJump() {
    Motion swing = Motion.swing(1, 0, 0, 15, 3, 0.25);
    assertThat(swing.values[0]).containsExactly(swing.values[Motion.STEPS]);
    assertThat(swing.seconds()).isEqualTo(3.0);
  }
}
