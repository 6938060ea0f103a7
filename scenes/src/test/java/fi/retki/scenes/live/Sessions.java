package fi.retki.scenes.live;

import fi.retki.scenes.Area;
import fi.retki.scenes.Language;
import fi.retki.scenes.PaletteKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/** Shared test material: a planning scene's rules, a teacher, and a helper that runs commands. */
final class Sessions {
  static final Actor.Teacher TEACHER = new Actor.Teacher("t-1");
  static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

  static SceneRules yard() {
    Map<String, PaletteKind.Footprint> kinds = new LinkedHashMap<>();
    kinds.put("bench", new PaletteKind.Footprint(1.8, 0.6));
    kinds.put("slide", new PaletteKind.Footprint(4, 1));
    return new SceneRules("school-yard", List.of("school-building", "sandpit"), kinds, Area.of(-20, -10, 20, 10));
  }

  static SceneRules forest() {
    return new SceneRules("rainforest", List.of("canopy", "river", "sloth"), Map.of(), null);
  }

  /** A session and the clock, applying every accepted decision. */
  static final class Run {
    SessionState state = SessionState.empty();
    Instant now = T0;

    Decision send(Actor actor, Command command) {
      now = now.plusSeconds(1);
      Decision decision = SessionCore.decide(state, actor, command, now);
      for (Event event : decision.events()) {
        state = SessionCore.evolve(state, event);
      }
      return decision;
    }

    Run open(SceneRules scene) {
      send(TEACHER, new Command.OpenSession("s-1", "ABC234", scene, "standard", Language.FI));
      return this;
    }

    Decision join(String pupil, String nickname) {
      return send(new Actor.Pupil(pupil), new Command.Join(pupil, nickname, "token-" + pupil));
    }
  }

  private Sessions() {}
}
