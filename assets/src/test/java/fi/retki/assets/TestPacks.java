package fi.retki.assets;

import fi.retki.scenes.Ground;
import fi.retki.scenes.Language;
import fi.retki.scenes.LocalizedText;
import fi.retki.scenes.MediaType;
import fi.retki.scenes.Movement;
import fi.retki.scenes.PackPath;
import fi.retki.scenes.PointOfInterest;
import fi.retki.scenes.Pose;
import fi.retki.scenes.Preset;
import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneJson;
import fi.retki.scenes.SceneKind;
import fi.retki.scenes.SceneObject;
import fi.retki.scenes.Sky;
import fi.retki.scenes.TourStop;
import fi.retki.scenes.UiMode;
import fi.retki.scenes.Vec3;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A small but complete field-trip pack on disk, with real images, GLBs and Ogg headers. */
public final class TestPacks {
  private TestPacks() {}

  static LocalizedText text(String en) {
    return new LocalizedText(en + " (fi)", en + " (sv)", en);
  }

  /** The pack's scene: a near object, a far object by a point of interest, a narrated tour. */
  public static Scene scene(String id) {
    Map<Language, PackPath> narration = Map.of(
        Language.FI, PackPath.of("audio/narration/pond-fi.ogg"),
        Language.SV, PackPath.of("audio/narration/pond-sv.ogg"),
        Language.EN, PackPath.of("audio/narration/pond-en.ogg"));
    return new Scene(Scene.FORMAT, id, SceneKind.FIELD_TRIP, text("Test trip"), text("A trip for tests."),
        PackPath.of("textures/thumbnail.jpg"), new Pose(new Vec3(0, 1.6, 0), 0, 0),
        new Sky(PackPath.of("textures/sky.jpg")), new Ground(PackPath.of("models/ground.glb")),
        PackPath.of("audio/ambient.ogg"),
        List.of(
            new SceneObject("rock-far", PackPath.of("models/rock.glb"), new Vec3(150, 0, 0), 0, 1),
            new SceneObject("tree-near", PackPath.of("models/tree.glb"), new Vec3(5, 0, -5), 0, 1)),
        List.of(new PointOfInterest("pond", new Vec3(140, 0, 0), new Pose(new Vec3(130, 2, 0), 90, -10),
            text("The pond"), text("Frogs live here."), narration)),
        List.of(
            new Preset("standard", Movement.FREE, 1.0, UiMode.FULL, 0, false, List.of()),
            new Preset("daycare", Movement.NONE, 0.3, UiMode.ICONS, 10, true, List.of(new TourStop("pond", 40)))),
        null);
  }

  /** Writes the pack into {@code dir} (whose name should be {@code id}) and returns it. */
  public static Path write(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("models"));
    Files.createDirectories(dir.resolve("textures"));
    Files.createDirectories(dir.resolve("audio/narration"));
    Files.write(dir.resolve("scene.json"), SceneJson.write(scene(dir.getFileName().toString())));
    Files.write(dir.resolve("textures/sky.jpg"), TestFiles.image(2048, 1024, MediaType.JPEG));
    Files.write(dir.resolve("textures/thumbnail.jpg"), TestFiles.image(512, 288, MediaType.JPEG));
    Files.write(dir.resolve("models/ground.glb"),
        TestFiles.triangle(TestFiles.image(2048, 2048, MediaType.JPEG), MediaType.JPEG));
    Files.write(dir.resolve("models/tree.glb"), TestFiles.triangle(TestFiles.image(64, 64, MediaType.PNG), MediaType.PNG));
    Files.write(dir.resolve("models/rock.glb"), TestFiles.triangle(null, null));
    Files.write(dir.resolve("audio/ambient.ogg"), ogg("ambient"));
    for (String language : List.of("fi", "sv", "en")) {
      Files.write(dir.resolve("audio/narration/pond-" + language + ".ogg"), ogg("pond " + language));
    }
    return dir;
  }

  private static byte[] ogg(String content) {
    return ("OggS" + content).getBytes(StandardCharsets.US_ASCII);
  }
}
