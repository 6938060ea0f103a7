package fi.retki.server.store;

/** A request the store cannot carry out; the message says why, for a person to act on. */
public final class StoreException extends RuntimeException {
  StoreException(String message) {
    super(message);
  }

  StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
