/**
 * How a scene looks on screen: the scene format's fog and exposure, the filmic tone curve that keeps
 * bright parts from clipping to white, and the costly parts (shadows, ambient occlusion) that the
 * device tier turns on. {@link fi.retki.client.app.look.ToneCurve} and
 * {@link fi.retki.client.app.look.TierLook} are plain Java; {@link fi.retki.client.app.look.SceneLook}
 * and {@link fi.retki.client.app.look.LookFilter} build jME post filters and belong to the render
 * thread.
 */
package fi.retki.client.app.look;
