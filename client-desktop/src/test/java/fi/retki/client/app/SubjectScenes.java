package fi.retki.client.app;

import fi.retki.scenes.PointOfInterest;
import fi.retki.scenes.Preset;
import fi.retki.scenes.Scene;
import fi.retki.scenes.TourStop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Built-in scenes changed for a test: points given subjects, points added, a daycare tour of its own. */
final class SubjectScenes {
  private SubjectScenes() {}

  /** The rainforest with its points' own subjects, but none for the forest floor's point. */
  static Scene rainforest() throws Exception {
    Scene scene = Packs.scene("rainforest");
    PointOfInterest floor = scene.pointOfInterest("forest-floor");
    return withPoint(scene, new PointOfInterest(floor.id(), floor.position(), floor.view(), null, floor.title(),
        floor.text(), floor.narration()));
  }

  static Scene withSubjects(Scene scene, Map<String, String> subjectByPoint) {
    List<PointOfInterest> points = new ArrayList<>();
    for (PointOfInterest p : scene.pointsOfInterest()) {
      String subject = subjectByPoint.getOrDefault(p.id(), p.subject());
      points.add(new PointOfInterest(p.id(), p.position(), p.view(), subject, p.title(), p.text(), p.narration()));
    }
    return withPoints(scene, points, scene.presets());
  }

  /** The scene with {@code point} in place of the point of the same id. */
  static Scene withPoint(Scene scene, PointOfInterest point) {
    List<PointOfInterest> points = new ArrayList<>();
    for (PointOfInterest p : scene.pointsOfInterest()) {
      points.add(p.id().equals(point.id()) ? point : p);
    }
    return withPoints(scene, points, scene.presets());
  }

  /** The scene with a daycare preset touring these stops. */
  static Scene withDaycareTour(Scene scene, int minutes, TourStop... stops) {
    List<Preset> presets = new ArrayList<>();
    for (Preset p : scene.presets()) {
      presets.add(p.id().equals("daycare")
          ? new Preset(p.id(), p.movement(), p.cameraSpeed(), p.ui(), minutes, p.narration(), List.of(stops))
          : p);
    }
    return withPoints(scene, scene.pointsOfInterest(), presets);
  }

  private static Scene withPoints(Scene s, List<PointOfInterest> points, List<Preset> presets) {
    return new Scene(s.format(), s.id(), s.kind(), s.title(), s.summary(), s.thumbnail(), s.start(), s.sky(),
        s.ground(), s.lighting(), s.fog(), s.exposure(), s.ambientAudio(), s.objects(), points, presets, s.palette());
  }
}
