/**
 * The scene language: what a scene pack is at rest (records), how {@code scene.json} is read
 * strictly ({@link fi.retki.scenes.SceneReader}) and written ({@link fi.retki.scenes.SceneJson}).
 *
 * <p>No I/O happens here: readers take bytes and the list of files in the pack, so the server,
 * the client and the tools can use the same code. Jackson is the only dependency.
 */
package fi.retki.scenes;
