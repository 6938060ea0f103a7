/**
 * A pupil's side of a live class session: {@link fi.retki.client.live.LiveLink}, the connection
 * to {@code /live} that keeps requests across dropped connections, and
 * {@link fi.retki.client.live.LocalSession}, the client's copy of the session, kept by replaying
 * the server's events with the same {@code SessionCore.evolve} the server runs. All JSON goes
 * through {@code WireCodec}. The link's state belongs to its own thread ({@code retki-live});
 * its listener is called there, and an app hops to its render thread itself.
 */
package fi.retki.client.live;
