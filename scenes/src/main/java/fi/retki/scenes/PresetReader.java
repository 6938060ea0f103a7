package fi.retki.scenes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code $.presets} for {@link SceneReader}: movement, speed, UI, timer, narrated tours. */
final class PresetReader {
  private final JsonWalker in;
  private final SceneReader reader;
  private final List<PointOfInterest> points;
  private final Set<String> declared;

  /**
   * @param points the points of interest that were read without problems
   * @param declared the ids of every point of interest in the file
   */
  PresetReader(JsonWalker in, SceneReader reader, List<PointOfInterest> points, Set<String> declared) {
    this.in = in;
    this.reader = reader;
    this.points = points;
    this.declared = declared;
  }

  List<Preset> presets(JsonNode root) {
    JsonNode array = in.array(root, "presets", "$.presets", true);
    List<Preset> presets = new ArrayList<>();
    if (array == null) {
      return presets;
    }
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < array.size(); i++) {
      String path = "$.presets[" + i + "]";
      JsonNode node = array.get(i);
      if (!node.isObject()) {
        in.problem(path, JsonWalker.describe(node) + "; use an object { \"id\": ..., \"movement\": ..., ... }");
        continue;
      }
      Preset preset = preset(node, path, seen);
      if (preset != null) {
        presets.add(preset);
      }
    }
    if (!seen.containsKey("standard")) {
      in.problem("$.presets", "has no preset \"standard\"; every scene needs one");
    }
    return presets;
  }

  private Preset preset(JsonNode node, String path, Map<String, String> seen) {
    in.onlyFields(node, path, Set.of("id", "movement", "cameraSpeed", "ui", "timerMinutes", "narration", "tour"),
        "id, movement, cameraSpeed, ui, timerMinutes, narration, tour");
    String id = reader.id(node, path, seen);
    Movement movement = null;
    String movementCode = in.string(node, "movement", path + ".movement", true);
    if (movementCode != null) {
      movement = Movement.ofCode(movementCode);
      if (movement == null) {
        in.problem(path + ".movement", JsonWalker.quote(movementCode) + " is not a movement; use free, guided or none");
      }
    }
    double speed = in.number(node, "cameraSpeed", path + ".cameraSpeed", 0.1, 3.0, null);
    UiMode ui = null;
    String uiCode = in.string(node, "ui", path + ".ui", true);
    if (uiCode != null) {
      ui = UiMode.ofCode(uiCode);
      if (ui == null) {
        in.problem(path + ".ui", JsonWalker.quote(uiCode) + " is not a UI mode; use full, simple or icons");
      }
    }
    Integer timer = node.has("timerMinutes")
        ? in.integer(node, "timerMinutes", path + ".timerMinutes", 1, 240, null) : Integer.valueOf(0);
    Boolean narration = in.bool(node, "narration", path + ".narration", false);
    List<TourStop> tour = tour(node, path, Boolean.TRUE.equals(narration));
    if (movement == Movement.NONE && !node.has("tour")) {
      in.problem(path + ".tour", "missing; a preset with movement none needs a tour of points of interest");
    }
    if (id == null || movement == null || Double.isNaN(speed) || ui == null || timer == null
        || narration == null || tour == null) {
      return null;
    }
    return new Preset(id, movement, speed, ui, timer, narration, tour);
  }

  private List<TourStop> tour(JsonNode node, String path, boolean narrated) {
    JsonNode array = in.array(node, "tour", path + ".tour", false);
    if (array == null) {
      return node.has("tour") ? null : List.of();
    }
    List<TourStop> stops = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < array.size(); i++) {
      String at = path + ".tour[" + i + "]";
      JsonNode stop = array.get(i);
      if (!stop.isObject()) {
        in.problem(at, JsonWalker.describe(stop) + "; use an object { \"poi\": ..., \"seconds\": ... }");
        ok = false;
        continue;
      }
      in.onlyFields(stop, at, Set.of("poi", "seconds"), "poi, seconds");
      String poi = in.string(stop, "poi", at + ".poi", true);
      PointOfInterest point = poi == null ? null : find(poi);
      if (poi != null && point == null && !declared.contains(poi)) {
        in.problem(at + ".poi", JsonWalker.quote(poi) + " is not a point of interest; use one of " + ids());
      }
      if (point != null && narrated && !point.isNarratedInEveryLanguage()) {
        List<String> missing = new ArrayList<>();
        for (Language language : Language.values()) {
          if (!point.narration().containsKey(language)) {
            missing.add(language.code());
          }
        }
        in.problem(at + ".poi", JsonWalker.quote(poi) + " has no narration in " + String.join(", ", missing)
            + "; a narrated preset needs narration in fi, sv and en at every stop");
      }
      Integer seconds = in.integer(stop, "seconds", at + ".seconds", 5, 600, null);
      if (point == null || seconds == null) {
        ok = false;
      } else {
        stops.add(new TourStop(poi, seconds));
      }
    }
    return ok ? stops : null;
  }

  private PointOfInterest find(String id) {
    for (PointOfInterest point : points) {
      if (point.id().equals(id)) {
        return point;
      }
    }
    return null;
  }

  private String ids() {
    List<String> ids = new ArrayList<>(declared);
    return ids.isEmpty() ? "(none: the scene has no points of interest)" : String.join(", ", ids);
  }
}
