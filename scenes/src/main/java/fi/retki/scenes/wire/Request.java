package fi.retki.scenes.wire;

import fi.retki.scenes.live.Command;

/** What a client asks of the server. Apart from the session commands, four say who is asking. */
public sealed interface Request {
  /** A pupil joins the session with this join code under a nickname. */
  record Join(String code, String nickname) implements Request {}

  /**
   * A pupil joins the session with the picture code on the board: four picture names in order
   * ({@code ["apple", "cat", "fish", "sun"]}, see {@link fi.retki.scenes.live.Picture}).
   */
  record JoinByPictures(java.util.List<String> pictures, String nickname) implements Request {
    public JoinByPictures {
      pictures = java.util.List.copyOf(pictures);
    }
  }

  /** A pupil whose connection dropped comes back with the resume token from their welcome. */
  record Rejoin(String token) implements Request {}

  /** A signed-in teacher follows and guides one of their sessions. */
  record Watch(String session) implements Request {}

  /** A command for the session the connection belongs to. */
  record Act(Command command) implements Request {}
}
