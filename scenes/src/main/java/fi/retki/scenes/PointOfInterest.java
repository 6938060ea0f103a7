package fi.retki.scenes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something in a scene worth stopping at: where it is, where the camera looks at it from, what it
 * is called and what a pupil learns there, and optionally a narration clip per language.
 *
 * @param subject the id of the scene object the point is about (the view shows it), or {@code null}
 */
public record PointOfInterest(
    String id,
    Vec3 position,
    Pose view,
    @JsonInclude(JsonInclude.Include.NON_NULL) String subject,
    LocalizedText title,
    LocalizedText text,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<Language, PackPath> narration) {
  public PointOfInterest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    EnumMap<Language, PackPath> copy = new EnumMap<>(Language.class);
    if (narration != null) {
      copy.putAll(narration);
    }
    narration = Collections.unmodifiableMap(copy);
  }

  /** A point of interest about no particular object. */
  public PointOfInterest(String id, Vec3 position, Pose view, LocalizedText title, LocalizedText text,
      Map<Language, PackPath> narration) {
    this(id, position, view, null, title, text, narration);
  }

  /** True if there is a narration clip in every language. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isNarratedInEveryLanguage() {
    return narration.size() == Language.values().length;
  }
}
