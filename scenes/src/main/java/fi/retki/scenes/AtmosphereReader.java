package fi.retki.scenes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** Reads a scene's {@code lighting}, {@code fog} and {@code exposure} for {@link SceneReader}. */
final class AtmosphereReader {
  /** A light's intensity: 0 is off, about 3 a clear day's sun; more only burns the picture out. */
  static final double MAX_INTENSITY = 10;
  static final double MAX_FOG_DISTANCE = 10_000;

  private final JsonWalker in;
  private final SceneReader reader;

  AtmosphereReader(JsonWalker in, SceneReader reader) {
    this.in = in;
    this.reader = reader;
  }

  /** {@code $.lighting}, or null if absent (or broken: then the problems say why). */
  Lighting lighting(JsonNode root) {
    JsonNode node = optional(root, "lighting", "$.lighting");
    if (node == null) {
      return null;
    }
    in.onlyFields(node, "$.lighting", Set.of("sun", "ambient"), "sun, ambient");
    Lighting.Sun sun = sun(node);
    Lighting.Ambient ambient = ambient(node);
    return sun == null || ambient == null ? null : new Lighting(sun, ambient);
  }

  private Lighting.Sun sun(JsonNode lighting) {
    String path = "$.lighting.sun";
    JsonNode node = in.object(lighting, "sun", path, true);
    if (node == null) {
      return null;
    }
    in.onlyFields(node, path, Set.of("direction", "color", "intensity"), "direction, color, intensity");
    double[] d = reader.numbers(node, "direction", path + ".direction", 3, "[x, y, z]", -1000, 1000);
    if (d != null && !(d[1] < 0)) {
      in.problem(path + ".direction[1]", JsonWalker.format(d[1])
          + " does not shine down; the sun's light travels towards the ground, so y must be below 0");
      d = null;
    }
    Rgb color = color(node, path + ".color");
    double intensity = in.number(node, "intensity", path + ".intensity", 0, MAX_INTENSITY, null);
    if (d == null || color == null || Double.isNaN(intensity)) {
      return null;
    }
    return new Lighting.Sun(new Vec3(d[0], d[1], d[2]), color, intensity);
  }

  private Lighting.Ambient ambient(JsonNode lighting) {
    String path = "$.lighting.ambient";
    JsonNode node = in.object(lighting, "ambient", path, true);
    if (node == null) {
      return null;
    }
    in.onlyFields(node, path, Set.of("color", "intensity"), "color, intensity");
    Rgb color = color(node, path + ".color");
    double intensity = in.number(node, "intensity", path + ".intensity", 0, MAX_INTENSITY, null);
    return color == null || Double.isNaN(intensity) ? null : new Lighting.Ambient(color, intensity);
  }

  /** {@code $.fog}, or null. */
  Fog fog(JsonNode root) {
    JsonNode node = optional(root, "fog", "$.fog");
    if (node == null) {
      return null;
    }
    in.onlyFields(node, "$.fog", Set.of("color", "distance"), "color, distance");
    Rgb color = color(node, "$.fog.color");
    double distance = in.number(node, "distance", "$.fog.distance", 1, MAX_FOG_DISTANCE, null);
    return color == null || Double.isNaN(distance) ? null : new Fog(color, distance);
  }

  /** {@code $.exposure} in stops, 0 if absent (NaN if broken). */
  double exposure(JsonNode root) {
    return in.number(root, "exposure", "$.exposure", -Scene.EXPOSURE_STOPS, Scene.EXPOSURE_STOPS, 0.0);
  }

  private JsonNode optional(JsonNode root, String name, String path) {
    JsonNode node = root.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    return in.object(root, name, path, false);
  }

  private Rgb color(JsonNode parent, String path) {
    String name = path.substring(path.lastIndexOf('.') + 1);
    String value = in.string(parent, name, path, true);
    if (value == null) {
      return null;
    }
    if (!Rgb.isValid(value)) {
      in.problem(path, JsonWalker.quote(value) + " is not a colour; write it as \"#rrggbb\", e.g. \"#ffe8c0\"");
      return null;
    }
    return Rgb.parse(value);
  }
}
