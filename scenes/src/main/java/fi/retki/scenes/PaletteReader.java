package fi.retki.scenes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code $.palette} of a planning scene for {@link SceneReader}. */
final class PaletteReader {
  private final JsonWalker in;
  private final SceneReader reader;

  PaletteReader(JsonWalker in, SceneReader reader) {
    this.in = in;
    this.reader = reader;
  }

  Palette palette(JsonNode root) {
    JsonNode node = in.object(root, "palette", "$.palette", true);
    if (node == null) {
      return null;
    }
    in.onlyFields(node, "$.palette", Set.of("area", "kinds"), "area, kinds");
    Area area = area(node);
    JsonNode array = in.array(node, "kinds", "$.palette.kinds", true);
    List<PaletteKind> kinds = new ArrayList<>();
    boolean ok = array != null;
    if (array != null && array.isEmpty()) {
      in.problem("$.palette.kinds", "is empty; a palette needs at least one kind of object");
      ok = false;
    }
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; array != null && i < array.size(); i++) {
      String path = "$.palette.kinds[" + i + "]";
      JsonNode kind = array.get(i);
      if (!kind.isObject()) {
        in.problem(path, JsonWalker.describe(kind) + "; use an object { \"id\": ..., \"model\": ..., ... }");
        ok = false;
        continue;
      }
      in.onlyFields(kind, path, Set.of("id", "title", "model", "icon", "footprint"),
          "id, title, model, icon, footprint");
      String id = reader.id(kind, path, seen);
      LocalizedText title = reader.text(kind, "title", path + ".title", 80);
      PackPath model = reader.path(kind, "model", path + ".model", List.of(MediaType.GLB), true);
      PackPath icon = reader.path(kind, "icon", path + ".icon", List.of(MediaType.PNG), true);
      double[] footprint = reader.numbers(kind, "footprint", path + ".footprint", 2, "[width, depth]", 0.1, 50);
      if (id == null || title == null || model == null || icon == null || footprint == null) {
        ok = false;
      } else {
        kinds.add(new PaletteKind(id, title, model, icon, new PaletteKind.Footprint(footprint[0], footprint[1])));
      }
    }
    return ok && area != null ? new Palette(area, kinds) : null;
  }

  private Area area(JsonNode palette) {
    JsonNode node = in.object(palette, "area", "$.palette.area", true);
    if (node == null) {
      return null;
    }
    in.onlyFields(node, "$.palette.area", Set.of("min", "max"), "min, max");
    double[] min = reader.numbers(node, "min", "$.palette.area.min", 2, "[x, z]", -10_000, 10_000);
    double[] max = reader.numbers(node, "max", "$.palette.area.max", 2, "[x, z]", -10_000, 10_000);
    if (min == null || max == null) {
      return null;
    }
    if (!(min[0] < max[0] && min[1] < max[1])) {
      in.problem("$.palette.area", "min " + show(min) + " is not below max " + show(max)
          + " on both axes; give the smaller x and z in min");
      return null;
    }
    return new Area(min, max);
  }

  private static String show(double[] xz) {
    return "[" + JsonWalker.format(xz[0]) + ", " + JsonWalker.format(xz[1]) + "]";
  }
}
