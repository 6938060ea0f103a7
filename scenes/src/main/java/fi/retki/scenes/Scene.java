package fi.retki.scenes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A scene pack's descriptor, as read from its {@code scene.json} (see docs/scene-format.md).
 *
 * @param lighting the sun and the sky's light, or {@code null} for the client's default daylight
 * @param fog what things fade into with distance, or {@code null} for clear air
 * @param exposure how bright the picture is made, in stops (0 as lit, +1 twice as bright, −1 half)
 * @param ambientAudio the looping background sound, or {@code null}
 * @param palette what pupils may place, for {@link SceneKind#PLANNING} scenes; otherwise
 *     {@code null}
 */
@JsonPropertyOrder({"format", "id", "kind", "title", "summary", "thumbnail", "start", "sky",
    "ground", "lighting", "fog", "exposure", "ambientAudio", "objects", "pointsOfInterest", "presets", "palette"})
public record Scene(
    int format,
    String id,
    SceneKind kind,
    LocalizedText title,
    LocalizedText summary,
    PackPath thumbnail,
    Pose start,
    Sky sky,
    Ground ground,
    @JsonInclude(JsonInclude.Include.NON_NULL) Lighting lighting,
    @JsonInclude(JsonInclude.Include.NON_NULL) Fog fog,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) double exposure,
    @JsonInclude(JsonInclude.Include.NON_NULL) PackPath ambientAudio,
    List<SceneObject> objects,
    List<PointOfInterest> pointsOfInterest,
    List<Preset> presets,
    @JsonInclude(JsonInclude.Include.NON_NULL) Palette palette) {

  /** The only format version this code reads and writes. */
  public static final int FORMAT = 1;

  /** How far {@link #exposure} may go either way, in stops. */
  public static final double EXPOSURE_STOPS = 4;

  public Scene {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(thumbnail, "thumbnail");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(sky, "sky");
    Objects.requireNonNull(ground, "ground");
    objects = List.copyOf(objects);
    pointsOfInterest = List.copyOf(pointsOfInterest);
    presets = List.copyOf(presets);
    if (!(exposure >= -EXPOSURE_STOPS && exposure <= EXPOSURE_STOPS)) {
      throw new IllegalArgumentException("exposure must be within ±" + EXPOSURE_STOPS + " stops");
    }
  }

  /** A scene in the client's default light: no lighting, no fog, exposure 0. */
  public Scene(int format, String id, SceneKind kind, LocalizedText title, LocalizedText summary, PackPath thumbnail,
      Pose start, Sky sky, Ground ground, PackPath ambientAudio, List<SceneObject> objects,
      List<PointOfInterest> pointsOfInterest, List<Preset> presets, Palette palette) {
    this(format, id, kind, title, summary, thumbnail, start, sky, ground, null, null, 0, ambientAudio, objects,
        pointsOfInterest, presets, palette);
  }

  /** The object with this id, or {@code null}. */
  public SceneObject object(String objectId) {
    for (SceneObject object : objects) {
      if (object.id().equals(objectId)) {
        return object;
      }
    }
    return null;
  }

  /** The point of interest with this id, or {@code null}. */
  public PointOfInterest pointOfInterest(String poiId) {
    for (PointOfInterest poi : pointsOfInterest) {
      if (poi.id().equals(poiId)) {
        return poi;
      }
    }
    return null;
  }

  /** The preset with this id, or {@code null}. */
  public Preset preset(String presetId) {
    for (Preset preset : presets) {
      if (preset.id().equals(presetId)) {
        return preset;
      }
    }
    return null;
  }

  /** Every use of a pack file in this scene, in the order the descriptor names them. */
  public List<AssetUse> assetUses() {
    List<AssetUse> uses = new ArrayList<>();
    uses.add(new AssetUse(sky.texture(), AssetUse.Role.SKY, null));
    uses.add(new AssetUse(ground.model(), AssetUse.Role.GROUND, start.position()));
    if (ambientAudio != null) {
      uses.add(new AssetUse(ambientAudio, AssetUse.Role.AMBIENT_AUDIO, null));
    }
    for (SceneObject object : objects) {
      uses.add(new AssetUse(object.model(), AssetUse.Role.OBJECT_MODEL, object.position()));
    }
    for (PointOfInterest poi : pointsOfInterest) {
      for (PackPath clip : poi.narration().values()) {
        uses.add(new AssetUse(clip, AssetUse.Role.NARRATION, poi.position()));
      }
    }
    if (palette != null) {
      for (PaletteKind kind : palette.kinds()) {
        uses.add(new AssetUse(kind.model(), AssetUse.Role.PALETTE_MODEL, null));
        uses.add(new AssetUse(kind.icon(), AssetUse.Role.PALETTE_ICON, null));
      }
    }
    uses.add(new AssetUse(thumbnail, AssetUse.Role.THUMBNAIL, null));
    return uses;
  }
}
