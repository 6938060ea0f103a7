package fi.retki.scenes.live;

import fi.retki.scenes.Area;
import fi.retki.scenes.PaletteKind;
import fi.retki.scenes.PointOfInterest;
import fi.retki.scenes.Scene;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a session needs to know of its scene to judge commands: the points of interest, and for a
 * planning scene the palette (kind to footprint) and the area objects may be placed in.
 *
 * @param area the planning area, or {@code null} for a field trip
 */
public record SceneRules(String sceneId, List<String> points, Map<String, PaletteKind.Footprint> kinds, Area area) {
  public SceneRules {
    // In the scene's order: messages list them, and stored sessions read back the same.
    points = List.copyOf(new LinkedHashSet<>(points));
    kinds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
  }

  public static SceneRules of(Scene scene) {
    Set<String> points = new LinkedHashSet<>();
    for (PointOfInterest poi : scene.pointsOfInterest()) {
      points.add(poi.id());
    }
    Map<String, PaletteKind.Footprint> kinds = new LinkedHashMap<>();
    if (scene.palette() != null) {
      for (PaletteKind kind : scene.palette().kinds()) {
        kinds.put(kind.id(), kind.footprint());
      }
    }
    return new SceneRules(scene.id(), List.copyOf(points), kinds, scene.palette() == null ? null : scene.palette().area());
  }
}
