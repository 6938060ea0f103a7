package fi.retki.assets.bake;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What a client of one tier downloads for a scene, in streaming order.
 *
 * @param totalBytes the sum of the assets' sizes
 */
@JsonPropertyOrder({"format", "scene", "tier", "totalBytes", "assets"})
public record Manifest(int format, String scene, String tier, long totalBytes, List<ManifestAsset> assets) {
  public static final int FORMAT = 1;

  public Manifest {
    assets = List.copyOf(assets);
  }

  /** The manifest's place in a store. */
  public static String storePath(String scene, Tier tier) {
    return "manifests/" + scene + "/" + tier.id() + ".json";
  }
}
