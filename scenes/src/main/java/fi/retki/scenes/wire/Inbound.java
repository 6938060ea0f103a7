package fi.retki.scenes.wire;

/**
 * A decoded client frame.
 *
 * @param ref the client's own reference for the request, echoed in its {@code ack} or {@code error}; may be null
 */
public record Inbound(String ref, Request request) {}
