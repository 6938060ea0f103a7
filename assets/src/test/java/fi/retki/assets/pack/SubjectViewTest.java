package fi.retki.assets.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.retki.assets.TestFiles;
import fi.retki.assets.TestPacks;
import fi.retki.scenes.LocalizedText;
import fi.retki.scenes.Movement;
import fi.retki.scenes.PackPath;
import fi.retki.scenes.PointOfInterest;
import fi.retki.scenes.Pose;
import fi.retki.scenes.Preset;
import fi.retki.scenes.Problem;
import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneJson;
import fi.retki.scenes.SceneObject;
import fi.retki.scenes.UiMode;
import fi.retki.scenes.Vec3;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator's check that a point's view shows its subject, on small packs built here: a cube
 * of 2 m (models/cube.glb, standing on its origin) seen from an eye 1 m above the ground.
 */
class SubjectViewTest {
  private static final Pose EYE = new Pose(new Vec3(0, 1, 0), 0, 0);
  private static final LocalizedText TEXT = new LocalizedText("Kuutio", "Kuben", "The cube");

  @TempDir Path tmp;

  /** The problems of the test pack with these objects and points of interest. */
  private List<String> problems(List<SceneObject> objects, List<PointOfInterest> points) throws Exception {
    Path dir = TestPacks.write(tmp.resolve("pond"));
    Files.write(dir.resolve("models/cube.glb"), cube(-1, 0, -1, 1, 2, 1, null));
    Files.write(dir.resolve("models/far-cube.glb"), cube(-1, 0, -1, 1, 2, 1, new double[] {6, 0, 0}));
    Scene base = TestPacks.scene("pond");
    Scene scene = new Scene(base.format(), base.id(), base.kind(), base.title(), base.summary(), base.thumbnail(),
        base.start(), base.sky(), base.ground(), base.ambientAudio(), objects, points,
        List.of(new Preset("standard", Movement.FREE, 1.0, UiMode.FULL, 0, false, List.of())), null);
    Files.write(dir.resolve("scene.json"), SceneJson.write(scene));
    return PackValidator.validate(dir).problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  private static SceneObject cubeAt(String id, double x, double z, double yaw, double scale) {
    return new SceneObject(id, PackPath.of("models/cube.glb"), new Vec3(x, 0, z), yaw, scale);
  }

  private static PointOfInterest point(String id, Pose view, String subject) {
    return new PointOfInterest(id, new Vec3(0, 2, -6), view, subject, TEXT, TEXT, Map.of());
  }

  @Test
  void aCubeInFrontOfTheEye_isShown_andAPointWithoutASubjectIsNotChecked() throws Exception {
    assertThat(problems(
        List.of(cubeAt("cube", 0, -6, 0, 1)),
        List.of(point("cube", EYE, "cube"), point("nothing", new Pose(new Vec3(0, 1, 0), 180, 0), null))))
        .isEmpty();
  }

  @Test
  void everyViewThatMissesItsSubject_isReported_sayingWhichWayToTurnOrHowCloseToCome() throws Exception {
    double left50x = -10 * Math.sin(Math.toRadians(50));
    double left50z = -10 * Math.cos(Math.toRadians(50));
    assertThat(problems(
        List.of(
            cubeAt("behind", 0, 8, 0, 1),
            cubeAt("left", left50x, left50z, 0, 1),
            cubeAt("edge", 8.2, -10, 0, 1),
            cubeAt("small", 0, -30, 0, 1),
            cubeAt("tiny", 0, -4, 0, 0.1)),
        List.of(
            point("behind", EYE, "behind"),
            point("left", EYE, "left"),
            point("edge", EYE, "edge"),
            point("small", EYE, "small"),
            point("tiny", EYE, "tiny"),
            point("above", new Pose(new Vec3(0, 30, 0), 0, 0), "tiny"))))
        .containsExactly(
            "pond/scene.json: $.pointsOfInterest[0].view: the subject \"behind\" is behind the camera: "
                + "it is 180° to the right; turn the view towards it",
            "pond/scene.json: $.pointsOfInterest[1].view: the subject \"left\" is outside the picture: "
                + "it is 50° to the left; turn the view towards it",
            "pond/scene.json: $.pointsOfInterest[2].view: the subject \"edge\" is mostly outside the picture "
                + "(31 % of it is in it): it is 39° to the right; turn the view towards it",
            "pond/scene.json: $.pointsOfInterest[3].view: the subject \"small\" fills only 0.3 % of the picture "
                + "(at least 3.0 %): move the view to within 8.9 m of it (it is 30 m away)",
            "pond/scene.json: $.pointsOfInterest[4].view: the subject \"tiny\" fills only 0.2 % of the picture "
                + "(at least 3.0 %): move the view to within 0.9 m of it (it is 4.1 m away)",
            "pond/scene.json: $.pointsOfInterest[5].view: the subject \"tiny\" is outside the picture: "
                + "it is 82° lower; turn the view towards it");
  }

  @Test
  void comingAsCloseAsTheProblemSays_isEnough() throws Exception {
    // "small" above: 30 m away, "move the view to within 8.9 m of it"; its middle is 1 m up
    assertThat(problems(List.of(cubeAt("small", 0, -30, 0, 1)),
        List.of(point("small", new Pose(new Vec3(0, 1, -30 + 8.9), 0, 0), "small")))).isEmpty();
    assertThat(problems(List.of(cubeAt("small", 0, -30, 0, 1)),
        List.of(point("small", new Pose(new Vec3(0, 1, -30 + 10.5), 0, 0), "small")))).hasSize(1);
  }

  @Test
  void theSubjectIsPlacedByItsObjectsYawAndScale() throws Exception {
    // far-cube.glb's geometry sits 6 m along +x of its origin; a yaw of 90 turns +x to -z
    SceneObject turned = new SceneObject("turned", PackPath.of("models/far-cube.glb"), new Vec3(0, 0, 0), 90, 1);
    SceneObject straight = new SceneObject("straight", PackPath.of("models/far-cube.glb"), new Vec3(0, 0, 0), 0, 1);
    SceneObject scaled = new SceneObject("scaled", PackPath.of("models/far-cube.glb"), new Vec3(0, 0, 0), 90, 0.5);
    assertThat(problems(List.of(turned, straight, scaled),
        List.of(point("turned", EYE, "turned"), point("straight", EYE, "straight"),
            point("scaled", new Pose(new Vec3(0, 1, -1), 0, 0), "scaled"))))
        .containsExactly("pond/scene.json: $.pointsOfInterest[1].view: the subject \"straight\" is outside the "
            + "picture: it is 90° to the right; turn the view towards it");
  }

  @Test
  void aSubjectWithNothingToSee_orAModelThatFailsItsOwnChecks_isNamedOnce() throws Exception {
    Path dir = TestPacks.write(tmp.resolve("pond"));
    ObjectNode empty = TestFiles.triangleJson(36, 0, 0, null);
    empty.remove("nodes");
    empty.putArray("nodes").addObject();
    Files.write(dir.resolve("models/rock.glb"), TestFiles.glb(empty, new byte[36]));
    Files.write(dir.resolve("models/tree.glb"), "not a model at all".getBytes());
    Scene base = TestPacks.scene("pond");
    Scene scene = new Scene(base.format(), base.id(), base.kind(), base.title(), base.summary(), base.thumbnail(),
        base.start(), base.sky(), base.ground(), base.ambientAudio(), base.objects(),
        List.of(point("rock", EYE, "rock-far"), point("tree", EYE, "tree-near")),
        List.of(new Preset("standard", Movement.FREE, 1.0, UiMode.FULL, 0, false, List.of())), null);
    Files.write(dir.resolve("scene.json"), SceneJson.write(scene));
    assertThat(PackValidator.validate(dir).problems().stream().map(Problem::toString))
        .containsExactly(
            "pond/models/tree.glb: not a GLB file: the first four bytes are \"not \", a GLB starts with \"glTF\"",
            "pond/scene.json: $.pointsOfInterest[0].view: the subject \"rock-far\" has nothing to see: "
                + "models/rock.glb holds no geometry; name an object with a visible model");
  }

  /** A GLB of a box's 8 corners (no faces needed for bounds), its node moved by {@code translation}. */
  static byte[] cube(double x0, double y0, double z0, double x1, double y1, double z1, double[] translation) {
    ByteBuffer bin = ByteBuffer.allocate(8 * 12).order(ByteOrder.LITTLE_ENDIAN);
    for (int c = 0; c < 8; c++) {
      bin.putFloat((float) ((c & 1) == 0 ? x0 : x1)).putFloat((float) ((c & 2) == 0 ? y0 : y1))
          .putFloat((float) ((c & 4) == 0 ? z0 : z1));
    }
    ObjectNode json = TestFiles.triangleJson(bin.capacity(), 0, 0, null);
    ObjectNode accessor = (ObjectNode) json.get("accessors").get(0);
    accessor.put("count", 8);
    accessor.putArray("min").add(x0).add(y0).add(z0);
    accessor.putArray("max").add(x1).add(y1).add(z1);
    ((ObjectNode) json.get("bufferViews").get(0)).put("byteLength", bin.capacity());
    if (translation != null) {
      ((ObjectNode) json.get("nodes").get(0)).putArray("translation")
          .add(translation[0]).add(translation[1]).add(translation[2]);
    }
    return TestFiles.glb(json, bin.array());
  }
}
