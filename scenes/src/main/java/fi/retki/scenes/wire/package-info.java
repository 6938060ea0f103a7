/**
 * The live protocol: what clients and the server say to each other over the {@code /live}
 * WebSocket, one JSON object per text frame, each with a {@code type} and the protocol version
 * {@code v}. {@link fi.retki.scenes.wire.WireCodec} is the one codec for every request, reply and
 * stored event; the session rules themselves live in {@link fi.retki.scenes.live}.
 */
package fi.retki.scenes.wire;
