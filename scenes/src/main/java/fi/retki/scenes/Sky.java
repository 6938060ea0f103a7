package fi.retki.scenes;

import java.util.Objects;

/** The sky: an equirectangular panorama image (2:1). */
public record Sky(PackPath texture) {
  public Sky {
    Objects.requireNonNull(texture, "texture");
  }
}
