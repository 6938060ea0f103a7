package fi.retki.assets.bake;

import fi.retki.scenes.Problem;
import java.util.List;

/**
 * What baking one pack did.
 *
 * @param scene the scene id, or the pack folder's name if it could not be read
 * @param problems why the pack was not baked; empty if it was
 * @param tiers one manifest per tier, or none if the pack had problems
 * @param blobsWritten blobs written to the store by this bake
 * @param blobsPresent blobs the bake needed that were already in the store
 * @param unchanged true if the pack was baked before exactly as it is, so nothing was done
 */
public record BakeResult(
    String scene, List<Problem> problems, List<Manifest> tiers, int blobsWritten, int blobsPresent, boolean unchanged) {
  public BakeResult {
    problems = List.copyOf(problems);
    tiers = List.copyOf(tiers);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
