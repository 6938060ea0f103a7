/**
 * The client's words (fi, sv, en: {@link fi.retki.client.app.ui.Ui}), its typeface
 * ({@link fi.retki.client.app.ui.UiFont}: the bundled DejaVu Sans drawn into a jME bitmap font at
 * start, a box for any character it lacks) and its Lemur widgets, with the plain layout helpers
 * they use (word wrap while typing, pages of a long text). Widgets belong to the render thread.
 */
package fi.retki.client.app.ui;
