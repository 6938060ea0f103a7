/**
 * The client's words (fi, sv, en: {@link fi.retki.client.app.ui.Ui}) and its Lemur widgets.
 * Widgets belong to the render thread.
 */
package fi.retki.client.app.ui;
