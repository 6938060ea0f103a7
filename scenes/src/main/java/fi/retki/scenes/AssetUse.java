package fi.retki.scenes;

import java.util.Objects;

/**
 * One place where a scene uses a file of its pack, with where in the scene it is used (if it has
 * a place). The bake orders a scene's files for streaming from these.
 *
 * @param position where the file is seen or heard, or {@code null} if it has no place (sky,
 *     ambient audio, palette icons)
 */
public record AssetUse(PackPath path, Role role, Vec3 position) {
  public AssetUse {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(role, "role");
  }

  /** What a file is used for. */
  public enum Role {
    SKY, GROUND, AMBIENT_AUDIO, OBJECT_MODEL, NARRATION, PALETTE_MODEL, PALETTE_ICON, THUMBNAIL
  }
}
