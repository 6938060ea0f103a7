package fi.retki.assets.bake;

import java.util.Locale;

/** A device tier: how large a texture the devices in it get. */
public enum Tier {
  LOW(512),
  MID(1024),
  HIGH(2048);

  private final int maxTextureSide;

  Tier(int maxTextureSide) {
    this.maxTextureSide = maxTextureSide;
  }

  /** The longest side, in pixels, of any texture in this tier. */
  public int maxTextureSide() {
    return maxTextureSide;
  }

  /** {@code low}, {@code mid} or {@code high}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The tier with this id, or {@code null}. */
  public static Tier ofId(String id) {
    for (Tier tier : values()) {
      if (tier.id().equals(id)) {
        return tier;
      }
    }
    return null;
  }
}
