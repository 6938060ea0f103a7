package fi.retki.client.app.motion;

import fi.retki.scenes.TourStop;
import java.util.List;

/**
 * The daycare tour's timetable: the stops in order, each held for its seconds after a flight of
 * {@code flightSeconds}, round again until the timer runs out. Pure: time is passed in.
 */
public final class Tour {
  /** Where the tour is at one moment. */
  public record Moment(int stop, boolean flying, double stopFraction, boolean over) {}

  private final List<TourStop> stops;
  private final double flightSeconds;
  private final double timerSeconds;

  /**
   * @param timerSeconds when the tour ends calmly; 0 or less: after one round
   */
  public Tour(List<TourStop> stops, double flightSeconds, double timerSeconds) {
    if (stops.isEmpty()) {
      throw new IllegalArgumentException("a tour needs at least one stop");
    }
    this.stops = List.copyOf(stops);
    this.flightSeconds = flightSeconds;
    this.timerSeconds = timerSeconds > 0 ? timerSeconds : roundSeconds();
  }

  /** One round: every stop's flight and stay. */
  public double roundSeconds() {
    double total = 0;
    for (TourStop stop : stops) {
      total += flightSeconds + stop.seconds();
    }
    return total;
  }

  public double timerSeconds() {
    return timerSeconds;
  }

  public List<TourStop> stops() {
    return stops;
  }

  /** Where the tour is {@code seconds} after it began. */
  public Moment at(double seconds) {
    if (seconds >= timerSeconds) {
      return new Moment(stops.size() - 1, false, 1, true);
    }
    double t = seconds % roundSeconds();
    for (int i = 0; i < stops.size(); i++) {
      if (t < flightSeconds) {
        return new Moment(i, true, 0, false);
      }
      t -= flightSeconds;
      double stay = stops.get(i).seconds();
      if (t < stay) {
        return new Moment(i, false, t / stay, false);
      }
      t -= stay;
    }
    return new Moment(stops.size() - 1, false, 1, false);
  }

  /** The share of the timer used up, 0 to 1. */
  public double timerFraction(double seconds) {
    return Math.max(0, Math.min(1, seconds / timerSeconds));
  }
}
