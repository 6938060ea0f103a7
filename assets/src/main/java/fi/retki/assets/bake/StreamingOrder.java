package fi.retki.assets.bake;

import fi.retki.scenes.AssetUse;
import fi.retki.scenes.Language;
import fi.retki.scenes.PackPath;
import fi.retki.scenes.PaletteKind;
import fi.retki.scenes.PointOfInterest;
import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneObject;
import fi.retki.scenes.Vec3;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which a client should fetch a scene's files, and which of them the first view
 * needs.
 *
 * <ol>
 *   <li>first view: {@code scene.json}, the sky, the ground, then the models of objects within
 *       {@value #FIRST_VIEW_METRES} m of the start, nearest first;
 *   <li>the ambient sound;
 *   <li>the other object models, by their distance to the nearest point of interest;
 *   <li>narration clips, point by point, in fi, sv, en;
 *   <li>the palette's models and icons;
 *   <li>the thumbnail (the catalogue links it directly, so it is not on the way).
 * </ol>
 *
 * Each file appears once, at its earliest place.
 */
public final class StreamingOrder {
  /** Objects this close to the start pose (on the ground plane) are part of the first view. */
  public static final double FIRST_VIEW_METRES = 60;
  /** The path of the scene descriptor in every manifest. */
  public static final String SCENE_FILE = "scene.json";

  private StreamingOrder() {}

  /** One entry of the order. */
  public record Entry(String path, boolean firstView) {}

  public static List<Entry> of(Scene scene) {
    Map<String, Boolean> order = new LinkedHashMap<>();
    order.put(SCENE_FILE, true);
    order.put(scene.sky().texture().value(), true);
    order.putIfAbsent(scene.ground().model().value(), true);
    Vec3 start = scene.start().position();
    List<SceneObject> objects = new ArrayList<>(scene.objects());
    objects.sort(Comparator.comparingDouble((SceneObject o) -> o.position().groundDistanceTo(start))
        .thenComparing(SceneObject::id));
    for (SceneObject object : objects) {
      if (object.position().groundDistanceTo(start) <= FIRST_VIEW_METRES) {
        order.putIfAbsent(object.model().value(), true);
      }
    }
    if (scene.ambientAudio() != null) {
      order.putIfAbsent(scene.ambientAudio().value(), false);
    }
    objects.sort(Comparator.comparingDouble((SceneObject o) -> nearestPoint(scene, o.position()))
        .thenComparing(SceneObject::id));
    for (SceneObject object : objects) {
      order.putIfAbsent(object.model().value(), false);
    }
    for (PointOfInterest poi : scene.pointsOfInterest()) {
      for (Language language : Language.values()) {
        PackPath clip = poi.narration().get(language);
        if (clip != null) {
          order.putIfAbsent(clip.value(), false);
        }
      }
    }
    if (scene.palette() != null) {
      for (PaletteKind kind : scene.palette().kinds()) {
        order.putIfAbsent(kind.icon().value(), false);
        order.putIfAbsent(kind.model().value(), false);
      }
    }
    order.putIfAbsent(scene.thumbnail().value(), false);
    // Anything a future role adds to assetUses() still ships, last.
    for (AssetUse use : scene.assetUses()) {
      order.putIfAbsent(use.path().value(), false);
    }
    List<Entry> entries = new ArrayList<>();
    order.forEach((path, first) -> entries.add(new Entry(path, first)));
    return entries;
  }

  private static double nearestPoint(Scene scene, Vec3 position) {
    double nearest = Double.MAX_VALUE;
    for (PointOfInterest poi : scene.pointsOfInterest()) {
      nearest = Math.min(nearest, poi.position().groundDistanceTo(position));
    }
    return nearest;
  }
}
