package fi.retki.server.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A live class session as the store lists it; what happened in it is its events.
 *
 * @param id the session's id
 * @param teacherId the teacher who opened it
 * @param code the join code pupils type (6 characters)
 * @param sceneId the scene the class visits
 * @param preset the scene's preset (e.g. {@code daycare})
 * @param language the language code of the texts, e.g. {@code fi}
 * @param open true until the session has ended
 * @param openedAt when it was opened, to the millisecond
 * @param endedAt when it ended, or {@code null} while open
 * @param pictureCode the picture code's key ({@code cat-apple-fish-sun}), or {@code null} for a
 *     session opened before picture codes
 */
public record SessionRow(String id, String teacherId, String code, String sceneId, String preset, String language,
    boolean open, Instant openedAt, Instant endedAt, String pictureCode) {
  public SessionRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(teacherId, "teacherId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(sceneId, "sceneId");
    Objects.requireNonNull(preset, "preset");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(openedAt, "openedAt");
  }

  /** A row without a picture code. */
  public SessionRow(String id, String teacherId, String code, String sceneId, String preset, String language,
      boolean open, Instant openedAt, Instant endedAt) {
    this(id, teacherId, code, sceneId, preset, language, open, openedAt, endedAt, null);
  }
}
