package fi.retki.server.store;

import java.util.Objects;

/**
 * The node that runs an open session, and the epoch it took the session with: its fence. Events
 * appended under an owner are refused once another node has taken the session (a higher epoch).
 *
 * @param node the node's id in the cluster (for a single server, its id for this run)
 * @param epoch incremented by every takeover
 */
public record Owner(String node, long epoch) {
  public Owner {
    Objects.requireNonNull(node, "node");
  }
}
