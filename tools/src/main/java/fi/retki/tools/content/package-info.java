/**
 * The generator of the built-in scene packs: low-poly models as GLB, painted textures, and each
 * scene's {@code scene.json}. Deterministic: every random choice comes from a seeded generator, so
 * the same program writes byte-identical files.
 */
package fi.retki.tools.content;
