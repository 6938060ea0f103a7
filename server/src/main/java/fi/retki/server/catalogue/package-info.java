/**
 * The scene catalogue API: what scenes the store holds, in which tiers, and each tier's manifest.
 * Built once from the store's manifests (on a worker thread); every answer is a precomputed JSON
 * document with its {@code ETag}.
 */
package fi.retki.server.catalogue;
