package fi.retki.scenes;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.Objects;

/**
 * A kind of object pupils may place when planning: a swing, a bench, a tree.
 *
 * @param footprint width (x) and depth (z) on the ground, in metres
 */
public record PaletteKind(
    String id,
    LocalizedText title,
    PackPath model,
    PackPath icon,
    @JsonFormat(shape = JsonFormat.Shape.ARRAY) Footprint footprint) {
  public PaletteKind {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(icon, "icon");
    Objects.requireNonNull(footprint, "footprint");
  }

  /** How much ground an object takes: width along x, depth along z, in metres. */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  public record Footprint(double width, double depth) {}
}
