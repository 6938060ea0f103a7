package fi.retki.client.app.look;

import fi.retki.assets.bake.Tier;
import java.util.Objects;

/**
 * The costly parts of the picture a device tier can afford. {@code low} (software renderers, old
 * GPUs) gets none: every shadow map and the ambient-occlusion pass re-draw or re-read the whole
 * scene, which Mesa's llvmpipe cannot do at a usable frame rate. Fog and the tone curve are one
 * full-screen pass and run on every tier.
 *
 * @param shadowMapSize the side of each shadow map in pixels, 0 for no shadows
 * @param shadowSplits how many cascades the camera's view is split into
 * @param shadowDistance metres from the camera that shadows reach (beyond, none)
 * @param ambientOcclusion whether corners and contacts are darkened (SSAO)
 */
public record TierLook(int shadowMapSize, int shadowSplits, float shadowDistance, boolean ambientOcclusion) {
  public TierLook {
    if (shadowMapSize < 0 || shadowSplits < 0 || shadowSplits > 4) {
      throw new IllegalArgumentException("shadow map size must not be negative and splits must be 0..4");
    }
  }

  /** What a tier gets. */
  public static TierLook of(Tier tier) {
    Objects.requireNonNull(tier, "tier");
    return switch (tier) {
      case LOW -> new TierLook(0, 0, 0, false);
      case MID -> new TierLook(1024, 2, 90, true);
      case HIGH -> new TierLook(2048, 3, 160, true);
    };
  }

  public boolean shadows() {
    return shadowMapSize > 0 && shadowSplits > 0;
  }
}
