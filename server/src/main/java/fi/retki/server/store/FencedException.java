package fi.retki.server.store;

/** A node wrote to a session another node has taken over since: nothing was written. */
public final class FencedException extends RuntimeException {
  FencedException(String sessionId, Owner fence) {
    super("session " + sessionId + " is no longer owned by node " + fence.node() + " (epoch " + fence.epoch() + ")");
  }
}
