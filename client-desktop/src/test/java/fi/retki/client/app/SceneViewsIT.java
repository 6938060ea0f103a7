package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jme3.material.Material;
import com.jme3.math.ColorRGBA;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import com.jme3.scene.shape.Box;
import fi.retki.client.app.state.WorldState;
import fi.retki.scenes.PointOfInterest;
import fi.retki.scenes.Pose;
import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneKind;
import fi.retki.scenes.Vec3;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every built-in scene at 1280×720, from its start and from the view of every point of interest:
 * the point's subject is really seen (not hidden behind a tree), nothing but the sky is clipped
 * to white, and the picture is neither too dark, too bright nor flat for its place. Screenshots
 * go to {@code target/screenshots/views-<scene>-<view>.png}, the figures of every view to
 * {@code target/screenshots/views-figures.txt}.
 */
class SceneViewsIT {
  /* The subject is drawn in a key colour in an offscreen view with the rest of the scene in black
     in front of it, and once alone (SubjectMask); the sky is found the same way (everything but
     the sky in white). Time stands still while a scene is measured (app speed 1e-6), so animated
     subjects hold still between the frames compared. */

  /** The least share of the frame's pixels that must show the subject. */
  static final double MIN_SUBJECT = 0.01;
  /** The least share of the subject's own pixels that nothing else may hide. */
  static final double MIN_UNHIDDEN = 0.6;
  /** The most of the non-sky pixels that may be clipped to white. */
  static final double MAX_CLIPPED = 0.02;

  /** How bright (mean luminance 0…255) and how varied (its standard deviation) the non-sky pixels must be. */
  record Light(double darkest, double brightest, double flattest) {}

  static final Map<String, Light> LIGHT = Map.of(
      // a humid forest under a dense canopy: a shaded understory may be dark, never a sunny park
      "rainforest", new Light(10, 140, 12),
      // grey regolith under a black sky, lit hard from one side: never white like snow, never flat
      "lunar-surface", new Light(10, 150, 12),
      // under blue water the light fades with depth: dim is right, glare is not
      "sea-floor", new Light(10, 150, 10),
      // daylight in town and in the yard: neither dusk nor glare
      "medieval-town", new Light(35, 190, 15),
      "school-yard", new Light(35, 200, 15));

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rainforest", "lunar-surface", "sea-floor", "medieval-town", "school-yard"})
  void everyView_showsItsSubject_withoutGlare_inTheScenesLight(String id) throws Exception {
    Scene scene = Packs.scene(id);
    Map<String, Path> files = Packs.files(id);
    List<String> failures = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    try (ClientHarness client = ClientHarness.start(1280, 720)) {
      WorldState world = client.state(WorldState.class);
      SubjectMask mask = client.call(() -> {
        world.show(scene, files);
        client.app.setSpeed(1e-6f); // not 0: jME skips drawing at speed 0
        return SubjectMask.attach(client.app);
      });
      Map<String, Pose> views = new LinkedHashMap<>();
      views.put("start", scene.start());
      for (PointOfInterest poi : scene.pointsOfInterest()) {
        views.put(poi.id(), client.call(() -> world.viewOf(poi.id())));
      }
      for (Map.Entry<String, Pose> view : views.entrySet()) {
        PointOfInterest poi = scene.pointOfInterest(view.getKey());
        String name = id + "/" + view.getKey();
        ViewFigures figures = measure(client, world, mask, view.getValue(), poi == null ? null : poi.subject(),
            "views-" + id + "-" + view.getKey());
        lines.add(String.format(Locale.ROOT, "%-32s %s", name, figures));
        check(name, figures, LIGHT.get(id), failures);
        if (poi != null && poi.subject() == null) {
          // A field trip's points are each about a thing; the yard's may be about a painted area.
          String note = name + ": names no subject"
              + (scene.kind() == SceneKind.FIELD_TRIP ? "; every point of a field trip must" : " (an area of the yard)");
          lines.add("  NOTE " + note);
          if (scene.kind() == SceneKind.FIELD_TRIP) {
            failures.add(note);
          }
        } else if (poi != null && Double.isNaN(figures.subject())) {
          failures.add(name + ": its subject \"" + poi.subject() + "\" is not in the built scene");
        }
      }
    }
    lines.forEach(System.out::println);
    record(lines);
    assertThat(failures).as("views of %s", id).isEmpty();
  }

  /** The mask itself: a box in front of the camera is seen whole, half of it behind a wall is half hidden. */
  @Test
  void theSubjectMask_seesWhatIsInFront_andNotWhatIsHidden() throws Exception {
    Scene scene = Packs.scene("medieval-town");
    Map<String, Path> files = Packs.files("medieval-town");
    try (ClientHarness client = ClientHarness.start(1280, 720)) {
      WorldState world = client.state(WorldState.class);
      Node probe = new Node("probe");
      Geometry subject = box("subject", 1, 1, 1, 0, 300, -20, ColorRGBA.Green, client);
      Geometry wall = box("wall", 1, 3, 0.1f, -1, 300, -12, ColorRGBA.Gray, client);
      SubjectMask mask = client.call(() -> {
        world.show(scene, files);
        probe.attachChild(subject);
        probe.attachChild(wall);
        client.app.getRootNode().attachChild(probe);
        return SubjectMask.attach(client.app);
      });
      Pose ahead = new Pose(new Vec3(0, 300, 0), 0, 0);
      ViewFigures behindWall = measure(client, world, mask, ahead, subject, "views-mask-probe");
      client.run(wall::removeFromParent);
      ViewFigures open = measure(client, world, mask, ahead, subject, "views-mask-probe-open");
      ViewFigures away = measure(client, world, mask, new Pose(new Vec3(0, 300, 0), 180, 0), subject,
          "views-mask-probe-away");
      // a 2 m box 19 m away (its front face) at 60° vertically: about 2 / (2 · 19 · tan 30°) of the height
      double side = 2 / (2 * 19 * Math.tan(Math.toRadians(30)));
      double expected = side * side * 720.0 / 1280.0;
      assertThat(open.subject()).isCloseTo(expected, within(expected * 0.15));
      assertThat(open.unhidden()).isCloseTo(1.0, within(0.01));
      // the wall's right edge (x = 0) at 12 m hides the left half of the box
      assertThat(behindWall.unhidden()).isCloseTo(0.5, within(0.08));
      assertThat(away.subject()).isZero();
    }
  }

  private static Geometry box(String name, float x, float y, float z, float px, float py, float pz, ColorRGBA colour,
      ClientHarness client) throws Exception {
    return client.call(() -> {
      Geometry geometry = new Geometry(name, new Box(x, y, z));
      Material material = new Material(client.app.getAssetManager(), "Common/MatDefs/Misc/Unshaded.j3md");
      material.setColor("Color", colour);
      geometry.setMaterial(material);
      geometry.setLocalTranslation(px, py, pz);
      return geometry;
    });
  }

  private static ViewFigures measure(ClientHarness client, WorldState world, SubjectMask mask, Pose pose,
      String subjectId, String shot) throws Exception {
    Spatial subject = subjectId == null ? null
        : client.call(() -> world.built().solids().getChild("object:" + subjectId));
    if (subjectId != null && subject == null) {
      return measure(client, world, mask, pose, (Spatial) null, shot);
    }
    return measure(client, world, mask, pose, subject, shot);
  }

  private static ViewFigures measure(ClientHarness client, WorldState world, SubjectMask mask, Pose pose,
      Spatial subject, String shot) throws Exception {
    client.run(() -> world.place(pose));
    BufferedImage frame = client.grab();
    ClientHarness.save(frame, shot);
    boolean[] notSky = mask(client, mask, () -> mask.notSky());
    boolean[] seen = null;
    boolean[] alone = null;
    if (subject != null) {
      Spatial markers = client.call(() -> world.built().markers());
      seen = mask(client, mask, () -> mask.subject(subject, markers, false));
      alone = mask(client, mask, () -> mask.subject(subject, markers, true));
    }
    return ViewFigures.of(frame, notSky, seen, alone);
  }

  private static boolean[] mask(ClientHarness client, SubjectMask mask,
      java.util.concurrent.Callable<java.util.concurrent.CompletableFuture<boolean[]>> pass) throws Exception {
    try {
      return client.call(pass).get(30, TimeUnit.SECONDS);
    } finally {
      client.run(mask::restore);
    }
  }

  private static void check(String name, ViewFigures figures, Light light, List<String> failures) {
    if (figures.clipped() > MAX_CLIPPED) {
      failures.add(String.format(Locale.ROOT, "%s: %.1f %% of what is not sky is clipped to white (at most %.0f %%)",
          name, figures.clipped() * 100, MAX_CLIPPED * 100));
    }
    if (figures.notSky() > 0 && !(figures.mean() >= light.darkest() && figures.mean() <= light.brightest())) {
      failures.add(String.format(Locale.ROOT, "%s: what is not sky has a mean brightness of %.0f (%.0f … %.0f here)",
          name, figures.mean(), light.darkest(), light.brightest()));
    }
    if (figures.notSky() > 0 && figures.contrast() < light.flattest()) {
      failures.add(String.format(Locale.ROOT, "%s: what is not sky is flat: a contrast of %.1f (at least %.0f here)",
          name, figures.contrast(), light.flattest()));
    }
    if (!Double.isNaN(figures.subject())) {
      if (figures.subject() < MIN_SUBJECT) {
        failures.add(String.format(Locale.ROOT, "%s: the subject shows on %.2f %% of the picture (at least %.0f %%)",
            name, figures.subject() * 100, MIN_SUBJECT * 100));
      }
      if (figures.unhidden() < MIN_UNHIDDEN) { // NaN (nothing of it in the picture) is failed above
        failures.add(String.format(Locale.ROOT, "%s: %.0f %% of the subject is hidden by other things (at most %.0f %%)",
            name, (1 - figures.unhidden()) * 100, (1 - MIN_UNHIDDEN) * 100));
      }
    }
  }

  private static synchronized void record(List<String> lines) throws IOException {
    Files.createDirectories(ClientHarness.SHOTS);
    Files.write(ClientHarness.SHOTS.resolve("views-figures.txt"), lines, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
