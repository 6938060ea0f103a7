/**
 * Scenes as jME spatials: {@link fi.retki.client.app.scene.CacheLocator} finds pack files in the
 * disk cache, {@link fi.retki.client.app.scene.SceneBuilder} builds sky, ground, objects and
 * markers. Render thread only.
 */
package fi.retki.client.app.scene;
