package fi.retki.assets.store;

import java.io.IOException;

/** A stored blob's bytes no longer match its name; it is never returned. */
public final class CorruptBlobException extends IOException {
  public CorruptBlobException(String message) {
    super(message);
  }
}
