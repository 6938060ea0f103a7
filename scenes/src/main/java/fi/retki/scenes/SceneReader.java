package fi.retki.scenes;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code scene.json} strictly, reporting every problem with its JSON path. */
public final class SceneReader {
  /*
   * The reader walks Jackson's tree by hand rather than binding it, so that one pass finds every
   * problem in the file and names its JSON path. Each part reads what it can, reports the rest,
   * and returns null when it has nothing usable; the Scene is built only from a clean file.
   */
  private static final Pattern SCENE_ID = Pattern.compile("[a-z0-9-]{2,40}");
  private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,40}");
  private static final double COORDINATE = 10_000;
  private static final List<MediaType> IMAGES = List.of(MediaType.PNG, MediaType.JPEG);
  private static final List<MediaType> MODELS = List.of(MediaType.GLB);
  private static final List<MediaType> AUDIO = List.of(MediaType.OGG, MediaType.WAV);
  private static final List<MediaType> ICONS = List.of(MediaType.PNG);

  private final JsonWalker in;
  private final Set<String> packFiles;
  /** Ids of every point of interest in the file, even one with problems, so tours don't cascade. */
  private final Set<String> declaredPoints = new java.util.LinkedHashSet<>();
  /** Ids of every object in the file, even one with problems, so subjects don't cascade. */
  private final Set<String> declaredObjects = new java.util.HashSet<>();

  private SceneReader(String fileName, Set<String> packFiles) {
    this.in = new JsonWalker(fileName);
    this.packFiles = packFiles;
  }

  /**
   * Reads a scene descriptor.
   *
   * @param fileName the file as the user should see it in messages, e.g. {@code rainforest/scene.json}
   * @param json the file's bytes
   * @param packFiles every regular file in the pack, as relative paths with {@code /}; {@code
   *     null} to skip the check that named files exist
   * @param expectedId the pack folder's name, which the scene's id must equal; {@code null} to skip
   */
  public static SceneReading read(String fileName, byte[] json, Set<String> packFiles, String expectedId) {
    JsonNode root;
    try {
      root = parse(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? null : at.getLineNr() + ":" + at.getColumnNr();
      return new SceneReading(null, List.of(new Problem(fileName, where, syntaxMessage(e))));
    } catch (IOException e) {
      return new SceneReading(null, List.of(Problem.inFile(fileName, "cannot be read: " + e.getMessage())));
    }
    if (root == null) {
      return new SceneReading(null, List.of(Problem.inFile(fileName,
          "is empty; a scene.json holds one JSON object, see docs/scene-format.md")));
    }
    SceneReader reader = new SceneReader(fileName, packFiles);
    Scene scene = reader.scene(root, expectedId);
    List<Problem> problems = reader.in.problems();
    return problems.isEmpty() ? new SceneReading(scene, List.of()) : new SceneReading(null, problems);
  }

  private static JsonNode parse(byte[] json) throws IOException {
    try (JsonParser parser = SceneJson.mapper().createParser(json)) {
      JsonNode root = SceneJson.mapper().readTree(parser);
      JsonToken after = parser.nextToken();
      if (root != null && after != null) {
        throw new com.fasterxml.jackson.core.JsonParseException(parser,
            "more content after the end of the JSON object; a scene.json holds exactly one object");
      }
      return root;
    }
  }

  private static String syntaxMessage(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message.startsWith("Duplicate field '")) {
      String key = message.substring("Duplicate field '".length(), message.indexOf('\'', 17));
      return "the key \"" + key + "\" appears twice in one object; each key may appear once";
    }
    int newline = message.indexOf('\n');
    if (newline > 0) {
      message = message.substring(0, newline);
    }
    return "not valid JSON: " + message;
  }

  private Scene scene(JsonNode root, String expectedId) {
    if (!root.isObject()) {
      in.problem("$", JsonWalker.describe(root) + "; a scene.json holds one JSON object { ... }");
      return null;
    }
    in.onlyFields(root, "$", Set.of("format", "id", "kind", "title", "summary", "thumbnail", "start", "sky",
        "ground", "lighting", "fog", "exposure", "ambientAudio", "objects", "pointsOfInterest", "presets", "palette"),
        "format, id, kind, title, summary, thumbnail, start, sky, ground, lighting, fog, exposure, ambientAudio, "
            + "objects, pointsOfInterest, presets, palette");
    JsonNode formatNode = root.get("format");
    if (formatNode == null) {
      in.problem("$.format", "missing; add \"format\": " + Scene.FORMAT);
    } else if (!formatNode.isNumber() || formatNode.doubleValue() != Scene.FORMAT) {
      in.problem("$.format", (formatNode.isNumber() ? formatNode.asText() : JsonWalker.describe(formatNode))
          + " is not a format this version reads; use " + Scene.FORMAT);
    }
    String id = in.string(root, "id", "$.id", true);
    if (id != null) {
      if (!SCENE_ID.matcher(id).matches()) {
        in.problem("$.id", JsonWalker.quote(id) + " is not a valid id; use 2 to 40 characters a-z, 0-9 and -");
      } else if (expectedId != null && !id.equals(expectedId)) {
        in.problem("$.id", JsonWalker.quote(id) + " differs from the pack folder " + JsonWalker.quote(expectedId)
            + "; a scene's id is its folder's name");
      }
    }
    SceneKind kind = kind(root);
    LocalizedText title = text(root, "title", "$.title", 80);
    LocalizedText summary = text(root, "summary", "$.summary", 400);
    PackPath thumbnail = path(root, "thumbnail", "$.thumbnail", IMAGES, true);
    Pose start = pose(root, "start", "$.start");
    JsonNode skyNode = in.object(root, "sky", "$.sky", true);
    Sky sky = null;
    if (skyNode != null) {
      in.onlyFields(skyNode, "$.sky", Set.of("texture"), "texture");
      PackPath texture = path(skyNode, "texture", "$.sky.texture", IMAGES, true);
      sky = texture == null ? null : new Sky(texture);
    }
    JsonNode groundNode = in.object(root, "ground", "$.ground", true);
    Ground ground = null;
    if (groundNode != null) {
      in.onlyFields(groundNode, "$.ground", Set.of("model"), "model");
      PackPath model = path(groundNode, "model", "$.ground.model", MODELS, true);
      ground = model == null ? null : new Ground(model);
    }
    AtmosphereReader atmosphere = new AtmosphereReader(in, this);
    Lighting lighting = atmosphere.lighting(root);
    Fog fog = atmosphere.fog(root);
    double exposure = atmosphere.exposure(root);
    PackPath ambient = root.has("ambientAudio") && root.get("ambientAudio").isNull()
        ? null : path(root, "ambientAudio", "$.ambientAudio", AUDIO, false);
    List<SceneObject> objects = objects(root);
    List<PointOfInterest> points = pointsOfInterest(root, kind);
    List<Preset> presets = new PresetReader(in, this, points, declaredPoints).presets(root);
    Palette palette = palette(root, kind);
    if (!in.problems().isEmpty()) {
      return null;
    }
    return new Scene(Scene.FORMAT, id, kind, title, summary, thumbnail, start, sky, ground, lighting, fog, exposure,
        ambient, objects, points, presets, palette);
  }

  private SceneKind kind(JsonNode root) {
    String code = in.string(root, "kind", "$.kind", true);
    if (code == null) {
      return null;
    }
    SceneKind kind = SceneKind.ofCode(code);
    if (kind == null) {
      in.problem("$.kind", JsonWalker.quote(code) + " is not a kind of scene; use field-trip or planning");
    }
    return kind;
  }

  private List<SceneObject> objects(JsonNode root) {
    JsonNode array = in.array(root, "objects", "$.objects", true);
    List<SceneObject> objects = new ArrayList<>();
    if (array == null) {
      return objects;
    }
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < array.size(); i++) {
      String path = "$.objects[" + i + "]";
      JsonNode node = array.get(i);
      if (!node.isObject()) {
        in.problem(path, JsonWalker.describe(node) + "; use an object { \"id\": ..., \"model\": ..., \"position\": ... }");
        continue;
      }
      in.onlyFields(node, path, Set.of("id", "model", "position", "yaw", "scale"), "id, model, position, yaw, scale");
      String id = id(node, path, seen);
      if (id != null) {
        declaredObjects.add(id);
      }
      PackPath model = path(node, "model", path + ".model", MODELS, true);
      Vec3 position = vec3(node, "position", path + ".position");
      double yaw = in.number(node, "yaw", path + ".yaw", -360, 360, 0.0);
      double scale = in.number(node, "scale", path + ".scale", 0, 100, 1.0);
      if (scale == 0) {
        in.problem(path + ".scale", "0 is out of range; use a number greater than 0, at most 100");
      }
      if (id != null && model != null && position != null && scale > 0 && !Double.isNaN(yaw)) {
        objects.add(new SceneObject(id, model, position, yaw, scale));
      }
    }
    return objects;
  }

  private List<PointOfInterest> pointsOfInterest(JsonNode root, SceneKind kind) {
    JsonNode array = in.array(root, "pointsOfInterest", "$.pointsOfInterest", true);
    List<PointOfInterest> points = new ArrayList<>();
    if (array == null) {
      return points;
    }
    if (array.isEmpty() && kind == SceneKind.FIELD_TRIP) {
      in.problem("$.pointsOfInterest", "is empty; a field-trip scene needs at least one point of interest");
    }
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < array.size(); i++) {
      String path = "$.pointsOfInterest[" + i + "]";
      JsonNode node = array.get(i);
      if (!node.isObject()) {
        in.problem(path, JsonWalker.describe(node) + "; use an object { \"id\": ..., \"position\": ..., ... }");
        continue;
      }
      in.onlyFields(node, path, Set.of("id", "position", "view", "subject", "title", "text", "narration"),
          "id, position, view, subject, title, text, narration");
      String id = id(node, path, seen);
      if (id != null) {
        declaredPoints.add(id);
      }
      Vec3 position = vec3(node, "position", path + ".position");
      Pose view = pose(node, "view", path + ".view");
      String subject = in.string(node, "subject", path + ".subject", false);
      if (subject != null && !declaredObjects.contains(subject)) {
        in.problem(path + ".subject", JsonWalker.quote(subject)
            + " is not an object of this scene; use the id of the object in $.objects that the point is about");
      }
      LocalizedText title = text(node, "title", path + ".title", 80);
      LocalizedText text = text(node, "text", path + ".text", 1200);
      Map<Language, PackPath> narration = narration(node, path + ".narration");
      if (id != null && position != null && view != null && title != null && text != null) {
        points.add(new PointOfInterest(id, position, view, subject, title, text, narration));
      }
    }
    return points;
  }

  private Map<Language, PackPath> narration(JsonNode parent, String path) {
    Map<Language, PackPath> clips = new EnumMap<>(Language.class);
    JsonNode node = in.object(parent, "narration", path, false);
    if (node == null) {
      return clips;
    }
    in.onlyFields(node, path, Set.of("fi", "sv", "en"), "fi, sv, en");
    for (Language language : Language.values()) {
      PackPath clip = path(node, language.code(), path + "." + language.code(), AUDIO, false);
      if (clip != null) {
        clips.put(language, clip);
      }
    }
    return clips;
  }

  private Palette palette(JsonNode root, SceneKind kind) {
    JsonNode node = root.get("palette");
    boolean absent = node == null || node.isNull();
    if (kind == SceneKind.FIELD_TRIP && !absent) {
      in.problem("$.palette", "a field-trip scene has no palette; remove it or use null");
      return null;
    }
    if (kind == SceneKind.PLANNING && absent) {
      in.problem("$.palette", "missing; a planning scene needs a palette of objects to place");
      return null;
    }
    if (absent || kind == null) {
      return null;
    }
    return new PaletteReader(in, this).palette(root);
  }

  /** An id that matches the id rule and is unique among {@code seen} (id to its path). */
  String id(JsonNode node, String path, Map<String, String> seen) {
    String id = in.string(node, "id", path + ".id", true);
    if (id == null) {
      return null;
    }
    if (!ID.matcher(id).matches()) {
      in.problem(path + ".id", JsonWalker.quote(id) + " is not a valid id; use 1 to 40 characters a-z, 0-9 and -");
      return null;
    }
    String first = seen.putIfAbsent(id, path + ".id");
    if (first != null) {
      in.problem(path + ".id", JsonWalker.quote(id) + " is used twice; ids must be unique (first at " + first + ")");
      return null;
    }
    return id;
  }

  /** A text in fi, sv and en, each 1 to {@code max} characters. */
  LocalizedText text(JsonNode parent, String name, String path, int max) {
    JsonNode node = in.object(parent, name, path, true);
    if (node == null) {
      return null;
    }
    in.onlyFields(node, path, Set.of("fi", "sv", "en"), "fi, sv, en");
    String[] values = new String[3];
    boolean ok = true;
    for (Language language : Language.values()) {
      String at = path + "." + language.code();
      JsonNode value = node.get(language.code());
      if (value == null) {
        in.problem(at, "missing; a text needs fi, sv and en");
        ok = false;
      } else if (!value.isTextual()) {
        in.problem(at, JsonWalker.describe(value) + "; use a string");
        ok = false;
      } else if (value.textValue().isBlank()) {
        in.problem(at, "is empty; write the text in this language");
        ok = false;
      } else if (value.textValue().length() > max) {
        in.problem(at, "is " + value.textValue().length() + " characters long; use at most " + max);
        ok = false;
      } else {
        values[language.ordinal()] = value.textValue();
      }
    }
    return ok ? new LocalizedText(values[0], values[1], values[2]) : null;
  }

  /** A path to a file in the pack, of one of the {@code allowed} media types. */
  PackPath path(JsonNode parent, String name, String path, List<MediaType> allowed, boolean required) {
    String value = in.string(parent, name, path, required);
    if (value == null) {
      return null;
    }
    String problem = PackPath.problemWith(value);
    if (problem != null) {
      in.problem(path, JsonWalker.quote(value) + " " + problem);
      return null;
    }
    PackPath packPath = PackPath.of(value);
    MediaType type = packPath.mediaType();
    String wanted = extensions(allowed);
    if (type == null) {
      in.problem(path, JsonWalker.quote(value) + " is not a file type Retki knows; use a " + wanted);
      return null;
    }
    if (!allowed.contains(type)) {
      in.problem(path, JsonWalker.quote(value) + " is " + type.mime() + "; this needs a " + wanted);
      return null;
    }
    if (packFiles != null && !packFiles.contains(value)) {
      in.problem(path, JsonWalker.quote(value) + " is not in the pack; add the file or fix the path");
      return null;
    }
    return packPath;
  }

  private static String extensions(List<MediaType> types) {
    List<String> names = new ArrayList<>();
    for (MediaType type : types) {
      switch (type) {
        case GLB:
          names.add(".glb");
          break;
        case PNG:
          names.add(".png");
          break;
        case JPEG:
          names.add(".jpg");
          break;
        case OGG:
          names.add(".ogg");
          break;
        case WAV:
          names.add(".wav");
          break;
        default:
          break;
      }
    }
    return String.join(" or ", names) + " file";
  }

  /** {@code [x, y, z]}, each coordinate within ±10000. */
  Vec3 vec3(JsonNode parent, String name, String path) {
    double[] values = numbers(parent, name, path, 3, "[x, y, z]", -COORDINATE, COORDINATE);
    return values == null ? null : new Vec3(values[0], values[1], values[2]);
  }

  /** A fixed-length array of numbers within [min, max]. */
  double[] numbers(JsonNode parent, String name, String path, int length, String shape, double min, double max) {
    JsonNode node = parent.get(name);
    if (node == null) {
      in.problem(path, "missing; add " + shape);
      return null;
    }
    if (!node.isArray() || node.size() != length) {
      in.problem(path, (node.isArray() ? "an array of " + node.size() : JsonWalker.describe(node))
          + "; use " + shape + " with " + length + " numbers");
      return null;
    }
    double[] values = new double[length];
    boolean ok = true;
    for (int i = 0; i < length; i++) {
      values[i] = in.number(node, i, path + "[" + i + "]", min, max);
      ok &= !Double.isNaN(values[i]);
    }
    return ok ? values : null;
  }

  private Pose pose(JsonNode parent, String name, String path) {
    JsonNode node = in.object(parent, name, path, true);
    if (node == null) {
      return null;
    }
    in.onlyFields(node, path, Set.of("position", "yaw", "pitch"), "position, yaw, pitch");
    Vec3 position = vec3(node, "position", path + ".position");
    double yaw = in.number(node, "yaw", path + ".yaw", -360, 360, null);
    double pitch = in.number(node, "pitch", path + ".pitch", -90, 90, null);
    if (position == null || Double.isNaN(yaw) || Double.isNaN(pitch)) {
      return null;
    }
    return new Pose(position, yaw, pitch);
  }

  JsonWalker walker() {
    return in;
  }
}
