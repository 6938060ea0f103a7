/**
 * The asset pipeline: checking scene packs, baking them into device tiers, and the
 * content-addressed store. Plain Java (NIO, ImageIO); no Netty, Vert.x or jMonkeyEngine, so the
 * server, the client and the tools all use it.
 */
package fi.retki.assets;
