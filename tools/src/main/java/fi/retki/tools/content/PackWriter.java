package fi.retki.tools.content;

import fi.retki.scenes.Ground;
import fi.retki.scenes.Language;
import fi.retki.scenes.Movement;
import fi.retki.scenes.PackPath;
import fi.retki.scenes.Palette;
import fi.retki.scenes.PaletteKind;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Collects a pack's files and scene while a {@link PackDesign} builds it, then writes them. The
 * sky, ground and thumbnail live at fixed paths; narration and ambient sound are named by
 * convention (the audio is made separately, by {@code tools/content/make-audio.sh}).
 */
final class PackWriter {
  static final String SKY = "textures/sky.jpg";
  static final String GROUND = "models/ground.glb";
  static final String THUMBNAIL = "textures/thumbnail.jpg";
  static final String AMBIENT = "audio/ambient.ogg";

  private final String id;
  private final SceneKind kind;
  private final Texts texts;
  private final Map<String, byte[]> files = new TreeMap<>();
  private final List<SceneObject> objects = new ArrayList<>();
  private final List<PointOfInterest> points = new ArrayList<>();
  private final List<PaletteKind> kinds = new ArrayList<>();
  private Pose start;
  private fi.retki.scenes.Area area;
  private boolean narrated;
  private fi.retki.scenes.Lighting lighting;
  private fi.retki.scenes.Fog fog;
  private double exposure;
  private final Map<String, String> subjects = new java.util.HashMap<>();

  PackWriter(String id, SceneKind kind) {
    this.id = id;
    this.kind = kind;
    this.texts = Texts.of(id);
    this.narrated = kind == SceneKind.FIELD_TRIP;
  }

  String id() {
    return id;
  }

  void start(double x, double y, double z, double yaw, double pitch) {
    start = new Pose(new Vec3(x, y, z), yaw, pitch);
  }

  void sky(byte[] jpeg) {
    files.put(SKY, jpeg);
  }

  void ground(Model model) {
    files.put(GROUND, model.toGlb());
  }

  void thumbnail(byte[] jpeg) {
    files.put(THUMBNAIL, jpeg);
  }

  /** Adds a model file once; returns its path. */
  String model(String name, Model model) {
    String path = "models/" + name + ".glb";
    files.computeIfAbsent(path, p -> model.toGlb());
    return path;
  }

  void object(String objectId, String modelPath, double x, double y, double z, double yaw, double scale) {
    objects.add(new SceneObject(objectId, PackPath.of(modelPath), new Vec3(r(x), r(y), r(z)), r(yaw), r(scale)));
  }

  /** A point of interest at {@code (x, y, z)}, seen from {@code eye}. Titles and texts come from the texts file. */
  void poi(String poiId, double x, double y, double z, double eyeX, double eyeY, double eyeZ) {
    Map<Language, PackPath> narration = new EnumMap<>(Language.class);
    if (narrated) {
      for (Language language : Language.values()) {
        narration.put(language, PackPath.of("audio/narration/" + poiId + "-" + language.code() + ".ogg"));
      }
    }
    Vec3 at = new Vec3(r(x), r(y), r(z));
    points.add(new PointOfInterest(poiId, at, lookAt(eyeX, eyeY, eyeZ, x, y, z), texts.poiTitle(poiId),
        texts.poiText(poiId), narration));
  }

  /** The point of interest {@code poiId} is about the object {@code objectId} (its view must show it). */
  void subject(String poiId, String objectId) {
    subjects.put(poiId, objectId);
  }

  /** The sun (direction the light travels, colour {@code #rrggbb}, intensity) and the sky's ambient light. */
  void lighting(double dx, double dy, double dz, String sunColor, double sunIntensity, String ambientColor,
      double ambientIntensity) {
    lighting = new fi.retki.scenes.Lighting(
        new fi.retki.scenes.Lighting.Sun(new Vec3(r(dx), r(dy), r(dz)), fi.retki.scenes.Rgb.parse(sunColor),
            r(sunIntensity)),
        new fi.retki.scenes.Lighting.Ambient(fi.retki.scenes.Rgb.parse(ambientColor), r(ambientIntensity)));
  }

  /** Fog of {@code color} that hides things completely at {@code distance} metres. */
  void fog(String color, double distance) {
    fog = new fi.retki.scenes.Fog(fi.retki.scenes.Rgb.parse(color), r(distance));
  }

  /** Exposure in stops (0 as lit). */
  void exposure(double stops) {
    exposure = r(stops);
  }

  void palette(double minX, double minZ, double maxX, double maxZ) {
    area = fi.retki.scenes.Area.of(minX, minZ, maxX, maxZ);
  }

  void paletteKind(String kindId, Model model, byte[] iconPng, double width, double depth) {
    String modelPath = model("palette/" + kindId, model);
    String iconPath = "textures/icons/" + kindId + ".png";
    files.put(iconPath, iconPng);
    kinds.add(new PaletteKind(kindId, texts.paletteTitle(kindId), PackPath.of(modelPath), PackPath.of(iconPath),
        new PaletteKind.Footprint(width, depth)));
  }

  /** A camera pose at the eye looking at the target (yaw 0 looks towards -z, 90 towards -x). */
  static Pose lookAt(double eyeX, double eyeY, double eyeZ, double x, double y, double z) {
    double dx = x - eyeX, dy = y - eyeY, dz = z - eyeZ;
    double yaw = Math.toDegrees(Math.atan2(-dx, -dz));
    double pitch = Math.toDegrees(Math.atan2(dy, Math.sqrt(dx * dx + dz * dz)));
    return new Pose(new Vec3(r(eyeX), r(eyeY), r(eyeZ)), r(yaw), r(Math.max(-89, Math.min(89, pitch))));
  }

  static double r(double v) {
    double rounded = Math.round(v * 100) / 100.0;
    return rounded == 0 ? 0 : rounded; // no -0.0 in the files
  }

  Scene scene() {
    List<String> order = texts.poiIds();
    points.replaceAll(p -> new PointOfInterest(p.id(), p.position(), p.view(), subjects.get(p.id()), p.title(),
        p.text(), p.narration()));
    points.sort(Comparator.comparingInt(p -> order.indexOf(p.id())));
    List<Preset> presets = new ArrayList<>();
    presets.add(new Preset("standard", Movement.FREE, 1.0, UiMode.FULL, 0, false, List.of()));
    presets.add(new Preset("guided", Movement.GUIDED, 0.8, UiMode.FULL, 0, false, List.of()));
    if (kind == SceneKind.FIELD_TRIP) {
      List<TourStop> tour = new ArrayList<>();
      for (PointOfInterest poi : points) {
        tour.add(new TourStop(poi.id(), 40 + (tour.size() % 3) * 10));
      }
      presets.add(new Preset("daycare", Movement.NONE, 0.3, UiMode.ICONS, 10, true, tour));
    } else {
      presets.add(new Preset("lesson", Movement.FREE, 0.8, UiMode.SIMPLE, 45, false, List.of()));
    }
    Palette palette = kind == SceneKind.PLANNING ? new Palette(area, kinds) : null;
    return new Scene(Scene.FORMAT, id, kind, texts.title(), texts.summary(), PackPath.of(THUMBNAIL), start,
        new Sky(PackPath.of(SKY)), new Ground(PackPath.of(GROUND)), lighting, fog, exposure, PackPath.of(AMBIENT),
        objects, points, presets,
        palette);
  }

  /** Writes scene.json, models/ and textures/ (replacing what was there); audio/ is left alone. */
  void write(Path packs) throws IOException {
    Path dir = packs.resolve(id);
    for (String generated : List.of("models", "textures")) {
      deleteTree(dir.resolve(generated));
    }
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.write(path, file.getValue());
    }
    Files.write(dir.resolve("scene.json"), SceneJson.write(scene()));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toArray(Path[]::new)) {
        Files.delete(path);
      }
    }
  }

  /** Every file this pack has, for tests and reports. */
  Map<String, byte[]> files() {
    return files;
  }
}
