package fi.retki.scenes;

import java.util.Objects;

/** One stop of a guided camera tour: a point of interest and how long to stay there. */
public record TourStop(String poi, int seconds) {
  public TourStop {
    Objects.requireNonNull(poi, "poi");
  }
}
