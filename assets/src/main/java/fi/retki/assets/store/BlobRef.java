package fi.retki.assets.store;

/** A blob in the store: its sha256 and size in bytes. */
public record BlobRef(String sha256, long size) {}
