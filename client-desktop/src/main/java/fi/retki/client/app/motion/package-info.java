/**
 * How the camera moves, as plain arithmetic: flights between poses, the daycare tour's timetable,
 * held key combinations. No jME imports (the app states apply the results), so it is tested
 * without a window.
 */
package fi.retki.client.app.motion;
