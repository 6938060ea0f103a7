package fi.retki.assets.bake;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One asset of a manifest.
 *
 * @param path the file in the pack ({@code scene.json}, {@code models/kapok.glb}, …)
 * @param priority the place in streaming order, from 0
 * @param firstView true for what the first view needs: scene, sky, ground and the objects near the start
 */
@JsonPropertyOrder({"path", "sha256", "size", "mediaType", "priority", "firstView"})
public record ManifestAsset(String path, String sha256, long size, String mediaType, int priority, boolean firstView) {}
