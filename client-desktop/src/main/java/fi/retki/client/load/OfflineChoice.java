package fi.retki.client.load;

import fi.retki.assets.bake.Manifest;
import fi.retki.assets.bake.ManifestAsset;
import fi.retki.assets.bake.Tier;
import fi.retki.client.cache.AssetCache;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which kept manifest loads a scene when the server cannot be reached: the wanted tier's if the
 * cache holds all of it, else another tier's of the same scene, lower tiers first (they ask less
 * of the machine than the one chosen for it). A manifest counts only if every asset it lists is in
 * the cache and matches its hash, so a load from it needs nothing from the network; the hashing
 * done here is remembered by the cache, so the load does not repeat it.
 */
final class OfflineChoice {
  private OfflineChoice() {}

  /** The kept manifest to load the scene by, or {@code null} if no tier of it is wholly cached. */
  static Manifest choose(AssetCache cache, String sceneId, Tier wanted) throws IOException {
    for (Tier tier : order(wanted)) {
      Manifest manifest = cache.manifest(sceneId, tier);
      if (manifest != null && wholly(cache, manifest)) {
        return manifest;
      }
    }
    return null;
  }

  /** The wanted tier, then the lower ones from the nearest down, then the higher ones from the nearest up. */
  static List<Tier> order(Tier wanted) {
    Tier[] tiers = Tier.values();
    List<Tier> order = new ArrayList<>(List.of(wanted));
    for (int i = wanted.ordinal() - 1; i >= 0; i--) {
      order.add(tiers[i]);
    }
    for (int i = wanted.ordinal() + 1; i < tiers.length; i++) {
      order.add(tiers[i]);
    }
    return order;
  }

  private static boolean wholly(AssetCache cache, Manifest manifest) throws IOException {
    try {
      for (ManifestAsset asset : manifest.assets()) {
        if (!cache.has(asset.sha256())) {
          return false; // a cheap look before any hashing
        }
      }
      for (ManifestAsset asset : manifest.assets()) {
        cache.file(asset.sha256());
      }
      return true;
    } catch (NoSuchFileException e) {
      return false; // corrupt, and now deleted
    } catch (IllegalArgumentException e) {
      return false; // a kept manifest with a malformed hash
    }
  }
}
