package fi.retki.scenes.live;

/**
 * A command that cannot be carried out: a stable {@code code} for programs and a sentence a person
 * can act on.
 */
public record Rejection(String code, String message) {}
