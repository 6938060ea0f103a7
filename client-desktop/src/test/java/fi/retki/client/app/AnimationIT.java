package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.jme3.anim.AnimComposer;
import com.jme3.math.Quaternion;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import fi.retki.assets.bake.Tier;
import fi.retki.client.app.scene.Loops;
import fi.retki.client.app.state.WorldState;
import fi.retki.scenes.Ground;
import fi.retki.scenes.PackPath;
import fi.retki.scenes.Pose;
import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneObject;
import fi.retki.scenes.Sky;
import fi.retki.scenes.Vec3;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models with a glTF clip play it for ever, each placed object at its own point of the loop. */
class AnimationIT {
  private static final float LOOP_SECONDS = 1.5f;

  @TempDir
  Path temp;

  @Test
  void clip_loops_movesTheNode_andEachObjectHasItsOwnPhase() throws Exception {
    TestModels.sky(temp.resolve("sky.png"), 0x4d88d0);
    TestModels.write(temp.resolve("ground.glb"), TestModels.ground(100, 0.5f, 0.5f, 0.5f));
    TestModels.write(temp.resolve("arm.glb"), TestModels.turningArm(LOOP_SECONDS));
    Map<String, Path> files = Map.of("sky.png", temp.resolve("sky.png"),
        "models/ground.glb", temp.resolve("ground.glb"), "models/arm.glb", temp.resolve("arm.glb"));
    Scene template = Packs.scene("rainforest");
    Pose eye = new Pose(new Vec3(0, 3, 6), 0, -15);
    Scene scene = new Scene(template.format(), "anim-test", template.kind(), template.title(), template.summary(),
        template.thumbnail(), eye, new Sky(new PackPath("sky.png")), new Ground(new PackPath("models/ground.glb")), null,
        List.of(new SceneObject("kelp-1", new PackPath("models/arm.glb"), new Vec3(-3, 0, -2), 0, 1),
            new SceneObject("kelp-2", new PackPath("models/arm.glb"), new Vec3(3, 0, -2), 0, 1)),
        List.of(), template.presets(), null);
    assertThat(Math.abs(Loops.phase("kelp-1") - Loops.phase("kelp-2"))).as("phases apart").isGreaterThan(0.05);
    try (ClientHarness client = ClientHarness.start(640, 360)) {
      WorldState world = client.state(WorldState.class);
      client.run(() -> world.show(scene, files, Tier.LOW));
      client.awaitFrames(3);
      Quaternion a1 = client.call(() -> arm(world, "kelp-1").getLocalRotation().clone());
      Quaternion b1 = client.call(() -> arm(world, "kelp-2").getLocalRotation().clone());
      BufferedImage first = client.grab();
      ClientHarness.save(first, "animation-1");
      client.awaitAppSeconds(0.4);
      client.awaitFrames(2);
      Quaternion a2 = client.call(() -> arm(world, "kelp-1").getLocalRotation().clone());
      BufferedImage second = client.grab();
      ClientHarness.save(second, "animation-2");

      assertThat(angle(a1, a2)).as("kelp-1's arm turned between frames (degrees)").isGreaterThan(10);
      assertThat(angle(a1, b1)).as("the two arms at the same moment (degrees)").isGreaterThan(10);
      assertThat(FrameCheck.changed(first, second)).as("share of the picture that moved").isGreaterThan(0.002);

      // Past the end of its loop the clip is still playing, and the arm still turning.
      client.awaitAppSeconds(LOOP_SECONDS + 0.3);
      client.awaitFrames(2);
      Quaternion a3 = client.call(() -> arm(world, "kelp-1").getLocalRotation().clone());
      client.awaitAppSeconds(0.3);
      client.awaitFrames(2);
      Quaternion a4 = client.call(() -> arm(world, "kelp-1").getLocalRotation().clone());
      String action = client.call(() -> {
        AnimComposer[] found = new AnimComposer[1];
        world.built().solids().getChild("object:kelp-1").depthFirstTraversal(s -> {
          if (s.getControl(AnimComposer.class) != null) {
            found[0] = s.getControl(AnimComposer.class);
          }
        });
        return found[0] == null || found[0].getCurrentAction() == null ? null
            : found[0].getLayer(AnimComposer.DEFAULT_LAYER).getCurrentActionName();
      });
      assertThat(action).isEqualTo(Loops.CLIP);
      assertThat(angle(a3, a4)).as("still turning after a whole loop (degrees)").isGreaterThan(10);
    }
  }

  private static Spatial arm(WorldState world, String objectId) {
    Spatial object = world.built().solids().getChild("object:" + objectId);
    return ((Node) object).getChild("arm");
  }

  /** The angle between two rotations, in degrees. */
  private static double angle(Quaternion p, Quaternion q) {
    double dot = Math.abs(p.getX() * q.getX() + p.getY() * q.getY() + p.getZ() * q.getZ() + p.getW() * q.getW());
    return Math.toDegrees(2 * Math.acos(Math.min(1, dot)));
  }
}
