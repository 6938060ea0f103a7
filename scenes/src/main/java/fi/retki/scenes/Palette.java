package fi.retki.scenes;

import java.util.List;
import java.util.Objects;

/** What may be placed in a planning scene, and where. */
public record Palette(Area area, List<PaletteKind> kinds) {
  public Palette {
    Objects.requireNonNull(area, "area");
    kinds = List.copyOf(kinds);
  }

  /** The kind with this id, or {@code null}. */
  public PaletteKind kind(String id) {
    for (PaletteKind kind : kinds) {
      if (kind.id().equals(id)) {
        return kind;
      }
    }
    return null;
  }
}
