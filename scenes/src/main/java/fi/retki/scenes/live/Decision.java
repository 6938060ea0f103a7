package fi.retki.scenes.live;

import java.util.List;

/** What a command led to: the events to apply, or the reason it was refused. */
public record Decision(List<Event> events, Rejection rejection) {
  public Decision {
    events = List.copyOf(events);
  }

  static Decision accept(Event... events) {
    return new Decision(List.of(events), null);
  }

  static Decision reject(String code, String message) {
    return new Decision(List.of(), new Rejection(code, message));
  }

  public boolean accepted() {
    return rejection == null;
  }
}
