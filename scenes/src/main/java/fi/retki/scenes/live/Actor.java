package fi.retki.scenes.live;

/** Who sends a command: the session's teacher, or one of its pupils. */
public sealed interface Actor permits Actor.Teacher, Actor.Pupil {
  /** A teacher, by account id. */
  record Teacher(String id) implements Actor {}

  /** A pupil, by the id the server gave them when they joined. */
  record Pupil(String id) implements Actor {}
}
