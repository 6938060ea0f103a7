package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.jme3.bounding.BoundingBox;
import com.jme3.collision.CollisionResults;
import com.jme3.math.Ray;
import com.jme3.math.Vector3f;
import com.jme3.renderer.Camera;
import fi.retki.client.app.scene.BuiltScene;
import fi.retki.client.app.state.PoiState;
import fi.retki.client.app.state.WorldState;
import fi.retki.scenes.Language;
import fi.retki.scenes.PointOfInterest;
import fi.retki.scenes.Scene;
import fi.retki.scenes.Vec3;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Markers point at their subjects from above and keep out of the way: in a point's view the
 * marker is not between the eye and the subject, and while the point's text is open its marker
 * (and any other marker in front of the subject) is hidden. The rainforest with subjects given
 * to three of its points (the built-in packs may not have them yet).
 */
class MarkerIT {
  /** The sloth: its pin shows above it in its view (the frog is seen from 0.3 m, its pin above the picture). */
  private static final String FROG = "sloth";
  /** A point of no subject whose marker stands right in front of the frog in the frog's view. */
  private static final String FLOOR = "forest-floor";

  @Test
  void aMarker_pointsAtItsSubjectFromAbove_andIsNotBetweenTheEyeAndTheSubject() throws Exception {
    Scene scene = SubjectScenes.rainforest();
    try (ClientHarness client = ClientHarness.start(1280, 720, new PoiState(Language.EN, 1f))) {
      WorldState world = client.state(WorldState.class);
      Map<String, Path> files = Packs.files("rainforest");
      client.run(() -> world.show(scene, files));
      BuiltScene built = client.call(world::built);
      assertThat(client.call(built::complete)).as("everything built").isTrue();

      BoundingBox subject = client.call(() -> built.subjectBound(FROG));
      assertThat(subject).as("the frog's bound").isNotNull();
      Vector3f tip = client.call(() -> built.markerTip(FROG));
      Vector3f max = subject.getMax(null);
      Vector3f min = subject.getMin(null);
      assertThat(tip.y).as("the marker's tip height over the frog's top, %s", max.y).isBetween(max.y, max.y + 0.5f);
      assertThat(tip.x).isBetween(min.x, max.x);
      assertThat(tip.z).isBetween(min.z, max.z);
      Vec3 floorAt = scene.pointOfInterest(FLOOR).position();
      assertThat(client.call(() -> built.markerTip(FLOOR)).distance(vector(floorAt)))
          .as("a point without a subject is marked at its position").isLessThan(1e-4f);

      float kapokTop = client.call(() -> built.subjectBound("kapok-tree").getMax(null).y);
      assertThat(client.call(() -> built.markerTip("kapok-tree").y)).as("the kapok's marker over its crown at %s", kapokTop)
          .isGreaterThan(kapokTop);
      ClientHarness.save(client.grab(), "markers-from-start");

      client.run(() -> world.place(world.viewOf(FROG)));
      client.awaitFrames(3);
      BufferedImage shown = client.grab();
      ClientHarness.save(shown, "marker-over-subject");
      float[] facts = client.call(() -> {
        Camera cam = client.app.getCamera();
        Vector3f centre = subject.getCenter();
        Vector3f toFrog = centre.subtract(cam.getLocation());
        CollisionResults hits = new CollisionResults();
        built.marker(FROG).getWorldBound().collideWith(new Ray(cam.getLocation(), toFrog.normalize()), hits);
        float hit = hits.size() == 0 ? Float.MAX_VALUE : hits.getClosestCollision().getDistance();
        Vector3f head = built.marker(FROG).getWorldTranslation().add(0, 0.3f * built.marker(FROG).getLocalScale().y, 0);
        Vector3f headOnScreen = cam.getScreenCoordinates(head);
        return new float[] {cam.getScreenCoordinates(centre).y, cam.getScreenCoordinates(built.markerTip(FROG)).y, hit,
            toFrog.length(), headOnScreen.x, headOnScreen.y};
      });
      assertThat(facts[1]).as("the marker's tip on screen, above the frog's middle at %s", facts[0])
          .isGreaterThan(facts[0]);
      assertThat(facts[2]).as("where the line from the eye to the frog (%s m) meets its marker", facts[3])
          .isGreaterThan(facts[3]);
      int rgb = shown.getRGB(Math.round(facts[4]), shown.getHeight() - 1 - Math.round(facts[5]));
      assertThat(warm(rgb)).as("the marker's head on screen at %s, %s: %s", facts[4], facts[5], Integer.toHexString(rgb))
          .isTrue();
    }
  }

  @Test
  void whileAPointsTextIsOpen_itsMarkerAndMarkersInFrontOfItsSubjectAreHidden() throws Exception {
    Scene base = SubjectScenes.rainforest();
    PointOfInterest frog = base.pointOfInterest(FROG);
    Vec3 eye = frog.view().position();
    Vec3 frogAt = frog.position();
    PointOfInterest floor = base.pointOfInterest(FLOOR);
    Vec3 between = new Vec3((eye.x() + frogAt.x()) / 2, (eye.y() + frogAt.y()) / 2 - 0.2, (eye.z() + frogAt.z()) / 2);
    Scene scene = SubjectScenes.withPoint(base, new PointOfInterest(FLOOR, between, floor.view(), null, floor.title(),
        floor.text(), floor.narration()));
    try (ClientHarness client = ClientHarness.start(1280, 720, new PoiState(Language.EN, 1f))) {
      WorldState world = client.state(WorldState.class);
      PoiState pois = client.state(PoiState.class);
      Map<String, Path> files = Packs.files("rainforest");
      client.run(() -> world.show(scene, files));
      BuiltScene built = client.call(world::built);
      client.run(() -> world.place(world.viewOf(FROG)));
      client.awaitFrames(3);
      assertThat(client.call(() -> built.markerShown(FROG))).as("the frog's marker, nothing open").isTrue();
      assertThat(client.call(() -> built.markerShown(FLOOR))).as("the marker in front of the frog, nothing open")
          .isTrue();

      client.run(() -> pois.open(FROG));
      client.awaitFrames(3);
      assertThat(client.call(() -> built.markerShown(FROG))).as("the frog's marker, its text open").isFalse();
      assertThat(client.call(() -> built.markerShown(FLOOR))).as("a marker in front of the open frog").isFalse();
      assertThat(client.call(() -> built.markerShown("kapok-tree"))).as("a marker far from the frog").isTrue();
      ClientHarness.save(client.grab(), "point-view-text-open");

      client.run(pois::close);
      client.awaitFrames(3);
      assertThat(client.call(() -> built.markerShown(FROG))).as("the frog's marker, its text closed").isTrue();
      assertThat(client.call(() -> built.markerShown(FLOOR))).as("the other marker, the text closed").isTrue();
    }
  }

  private static Vector3f vector(Vec3 v) {
    return new Vector3f((float) v.x(), (float) v.y(), (float) v.z());
  }

  /** An orange-yellow: much red, some green, little blue. */
  private static boolean warm(int rgb) {
    int r = (rgb >> 16) & 0xff;
    int g = (rgb >> 8) & 0xff;
    int b = rgb & 0xff;
    // the pin's orange head or its pale-yellow cone; no leaf, bark or sky is this warm and bright
    return r > 180 && g > 90 && r > b + 60;
  }
}
