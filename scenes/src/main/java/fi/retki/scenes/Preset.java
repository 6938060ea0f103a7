package fi.retki.scenes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A ready-made way to run a scene: {@code standard} for a class, {@code guided} to follow the
 * teacher, {@code daycare} for the youngest (no movement, icons only, narrated tour, a timer).
 *
 * @param timerMinutes how long a session lasts before it ends calmly; 0 for no timer
 * @param narration whether toured points of interest are narrated aloud
 * @param tour the camera tour, in order; empty when the pupils move themselves
 */
public record Preset(
    String id,
    Movement movement,
    double cameraSpeed,
    UiMode ui,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) int timerMinutes,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean narration,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TourStop> tour) {
  public Preset {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(movement, "movement");
    Objects.requireNonNull(ui, "ui");
    tour = tour == null ? List.of() : List.copyOf(tour);
  }
}
