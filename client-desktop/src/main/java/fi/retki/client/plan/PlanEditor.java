package fi.retki.client.plan;

import fi.retki.client.live.LocalSession;
import fi.retki.client.live.RejectedException;
import fi.retki.scenes.Area;
import fi.retki.scenes.PaletteKind;
import fi.retki.scenes.Scene;
import fi.retki.scenes.live.Command;
import fi.retki.scenes.live.PlanRules;
import fi.retki.scenes.live.SessionState.PlacedObject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The pupil's moves in the school-yard plan, as session commands to send with
 * {@code LiveLink.send}.
 *
 * <p>Each move is checked first with the server's own rules (the kind is in the palette, the
 * footprint stays inside the yard, the object is the pupil's), so a pupil hears at once why
 * something does not go; a refusal is a {@link RejectedException} with the same codes the server
 * uses. The editor remembers the pupil's changes, newest last, for {@link #undo()}.
 *
 * <p>Commands may be sent faster than their events come back, so the editor keeps its own idea of
 * the objects it has changed until each change is {@linkplain #settled settled}; otherwise a quick
 * second move would remember the wrong "before". Not thread-safe: use it on one thread.
 */
public final class PlanEditor {
  /** The grid {@link #snap} uses, in metres. */
  public static final double GRID = 0.25;

  private final Scene scene;
  private final LocalSession session;
  private final Supplier<String> ids;
  private final Deque<Change> history = new ArrayDeque<>();
  /** The objects as this pupil's unsettled commands leave them; {@code null} value: removed. */
  private final Map<String, PlacedObject> intended = new HashMap<>();
  private final Map<String, Integer> unsettled = new HashMap<>();

  /** An editor for a planning scene's plan in {@code session}; new objects get random ids. */
  public PlanEditor(Scene scene, LocalSession session) {
    this(scene, session, () -> "o-" + UUID.randomUUID());
  }

  /** As above, with the ids of new objects from {@code ids} (for tests). */
  public PlanEditor(Scene scene, LocalSession session, Supplier<String> ids) {
    this.scene = Objects.requireNonNull(scene, "scene");
    this.session = Objects.requireNonNull(session, "session");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /** A point on the ground. */
  public record Spot(double x, double z) {}

  /**
   * Places a new object of a palette kind, centred at (x, z), turned by {@code yaw} degrees.
   *
   * @throws RejectedException {@code not-planning}, {@code unknown-kind}, {@code outside-area}
   */
  public Command.PlaceObject place(String kind, double x, double z, double yaw) throws RejectedException {
    Area area = area();
    PaletteKind palette = scene.palette().kind(kind);
    if (palette == null) {
      throw new RejectedException("unknown-kind", "\"" + kind + "\" is not in the palette");
    }
    if (!PlanRules.fits(area, palette.footprint(), x, z, yaw)) {
      throw new RejectedException("outside-area", "the object must stand inside the yard");
    }
    Command.PlaceObject place = new Command.PlaceObject(ids.get(), kind, x, z, yaw);
    intend(place.objectId(), new PlacedObject(place.objectId(), kind, x, z, yaw, session.you()));
    history.addLast(new Change(place, null));
    return place;
  }

  /**
   * Moves one of the pupil's objects to (x, z).
   *
   * @throws RejectedException {@code unknown-object}, {@code not-owner}, {@code outside-area}
   */
  public Command.MoveObject move(String id, double x, double z) throws RejectedException {
    PlacedObject object = own(id);
    if (!PlanRules.fits(area(), footprint(object), x, z, object.yaw())) {
      throw new RejectedException("outside-area", "the object must stand inside the yard");
    }
    Command.MoveObject move = new Command.MoveObject(id, x, z);
    intend(id, new PlacedObject(id, object.kind(), x, z, object.yaw(), object.owner()));
    history.addLast(new Change(move, object));
    return move;
  }

  /**
   * Turns one of the pupil's objects to {@code yaw} degrees.
   *
   * @throws RejectedException {@code unknown-object}, {@code not-owner}, {@code outside-area}
   */
  public Command.RotateObject rotate(String id, double yaw) throws RejectedException {
    PlacedObject object = own(id);
    if (!PlanRules.fits(area(), footprint(object), object.x(), object.z(), yaw)) {
      throw new RejectedException("outside-area", "turned like that, the object would stick out of the yard");
    }
    Command.RotateObject rotate = new Command.RotateObject(id, yaw);
    intend(id, new PlacedObject(id, object.kind(), object.x(), object.z(), yaw, object.owner()));
    history.addLast(new Change(rotate, object));
    return rotate;
  }

  /**
   * Turns one of the pupil's objects by {@code degrees} from where the pupil last turned it (a
   * quick second turn builds on the first even before its event has come back).
   *
   * @throws RejectedException {@code unknown-object}, {@code not-owner}, {@code outside-area}
   */
  public Command.RotateObject turn(String id, double degrees) throws RejectedException {
    return rotate(id, own(id).yaw() + degrees);
  }

  /**
   * Removes one of the pupil's objects.
   *
   * @throws RejectedException {@code unknown-object}, {@code not-owner}
   */
  public Command.RemoveObject remove(String id) throws RejectedException {
    PlacedObject object = own(id);
    Command.RemoveObject remove = new Command.RemoveObject(id);
    intend(id, null);
    history.addLast(new Change(remove, object));
    return remove;
  }

  /**
   * The command that undoes the pupil's last change still standing: a placed object is removed, a
   * moved or turned one goes back, a removed one is placed again (under a new id). Changes to
   * objects that are gone meanwhile (the teacher removed them) are skipped. Undoing is not itself
   * remembered.
   *
   * @return empty if there is nothing left to undo
   */
  public Optional<Command> undo() {
    while (!history.isEmpty()) {
      Change change = history.removeLast();
      Command undo = inverse(change);
      if (undo != null) {
        return Optional.of(undo);
      }
    }
    return Optional.empty();
  }

  /** True if {@link #undo()} has changes left to try. */
  public boolean canUndo() {
    return !history.isEmpty();
  }

  /**
   * Says how a command from this editor ended: acknowledged, or refused by the server. A refused
   * change is forgotten (there is nothing to undo), and the editor goes back to the session's
   * copy of that object.
   */
  public void settled(Command command, boolean accepted) {
    String id = objectId(command);
    if (!accepted) {
      history.removeIf(change -> change.command.equals(command));
      intended.remove(id);
      unsettled.remove(id);
      return;
    }
    int left = unsettled.getOrDefault(id, 1) - 1;
    if (left <= 0) {
      unsettled.remove(id);
      intended.remove(id);
    } else {
      unsettled.put(id, left);
    }
  }

  /**
   * The point on the {@link #GRID} nearest to (x, z), moved inside the yard if it lies outside.
   *
   * @throws IllegalStateException if the scene is not a planning scene
   */
  public Spot snap(double x, double z) {
    Area area = scene.palette() == null ? null : scene.palette().area();
    if (area == null) {
      throw new IllegalStateException(scene.id() + " is not a planning scene");
    }
    double sx = clamp(Math.round(x / GRID) * GRID, area.minX(), area.maxX());
    double sz = clamp(Math.round(z / GRID) * GRID, area.minZ(), area.maxZ());
    return new Spot(sx, sz);
  }

  /**
   * The object whose footprint covers (x, z), as the pupil last left it; if several do, the one
   * whose centre is nearest. A click there means that object, not a new one inside it.
   */
  public Optional<String> objectAt(double x, double z) {
    Map<String, PlacedObject> now = new HashMap<>(session.objects());
    intended.forEach((id, object) -> {
      if (object == null) {
        now.remove(id);
      } else {
        now.put(id, object);
      }
    });
    String best = null;
    double bestDistance = Double.MAX_VALUE;
    for (PlacedObject object : now.values()) {
      PaletteKind kind = scene.palette() == null ? null : scene.palette().kind(object.kind());
      if (kind == null || !covers(kind.footprint(), object, x, z)) {
        continue;
      }
      double distance = Math.hypot(x - object.x(), z - object.z());
      if (distance < bestDistance) {
        best = object.id();
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** True if (x, z) lies on the footprint of the object (turned as the object is, as in {@link PlanRules}). */
  private static boolean covers(PaletteKind.Footprint footprint, PlacedObject object, double x, double z) {
    double c = Math.cos(Math.toRadians(object.yaw()));
    double s = Math.sin(Math.toRadians(object.yaw()));
    double dx = x - object.x();
    double dz = z - object.z();
    double along = c * dx - s * dz;
    double across = s * dx + c * dz;
    return Math.abs(along) <= footprint.width() / 2 && Math.abs(across) <= footprint.depth() / 2;
  }

  private Command inverse(Change change) {
    Command command = change.command;
    if (command instanceof Command.PlaceObject place) {
      return current(place.objectId()) == null ? null : track(new Command.RemoveObject(place.objectId()), null);
    }
    PlacedObject before = change.before;
    if (command instanceof Command.RemoveObject) {
      String newId = ids.get();
      renameInHistory(before.id(), newId);
      return track(new Command.PlaceObject(newId, before.kind(), before.x(), before.z(), before.yaw()),
          new PlacedObject(newId, before.kind(), before.x(), before.z(), before.yaw(), session.you()));
    }
    PlacedObject now = current(before.id());
    if (now == null) {
      return null;
    }
    if (command instanceof Command.MoveObject) {
      return track(new Command.MoveObject(now.id(), before.x(), before.z()),
          new PlacedObject(now.id(), now.kind(), before.x(), before.z(), now.yaw(), now.owner()));
    }
    return track(new Command.RotateObject(now.id(), before.yaw()),
        new PlacedObject(now.id(), now.kind(), now.x(), now.z(), before.yaw(), now.owner()));
  }

  private Command track(Command command, PlacedObject after) {
    intend(objectId(command), after);
    return command;
  }

  /** After undoing a removal, older changes to that object refer to its new id. */
  private void renameInHistory(String oldId, String newId) {
    Deque<Change> renamed = new ArrayDeque<>();
    for (Iterator<Change> it = history.iterator(); it.hasNext(); ) {
      Change c = it.next();
      renamed.addLast(c.renamed(oldId, newId));
    }
    history.clear();
    history.addAll(renamed);
  }

  private void intend(String id, PlacedObject after) {
    intended.put(id, after);
    unsettled.merge(id, 1, Integer::sum);
  }

  /** The object as the pupil last left it, or as the session has it. */
  private PlacedObject current(String id) {
    return intended.containsKey(id) ? intended.get(id) : session.objects().get(id);
  }

  private PlacedObject own(String id) throws RejectedException {
    area();
    PlacedObject object = current(id);
    if (object == null) {
      throw new RejectedException("unknown-object", "that object is not in the plan any more");
    }
    if (!object.owner().equals(session.you())) {
      throw new RejectedException("not-owner", "only the pupil who placed it (or the teacher) can change it");
    }
    return object;
  }

  private Area area() throws RejectedException {
    if (scene.palette() == null) {
      throw new RejectedException("not-planning", "this scene has no plan to change");
    }
    return scene.palette().area();
  }

  private PaletteKind.Footprint footprint(PlacedObject object) throws RejectedException {
    PaletteKind kind = scene.palette().kind(object.kind());
    if (kind == null) {
      throw new RejectedException("unknown-kind", "\"" + object.kind() + "\" is not in the palette");
    }
    return kind.footprint();
  }

  private static String objectId(Command command) {
    if (command instanceof Command.PlaceObject c) {
      return c.objectId();
    }
    if (command instanceof Command.MoveObject c) {
      return c.objectId();
    }
    if (command instanceof Command.RotateObject c) {
      return c.objectId();
    }
    if (command instanceof Command.RemoveObject c) {
      return c.objectId();
    }
    throw new IllegalArgumentException("not a plan command: " + command);
  }

  private static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }

  /** One change of the pupil's, and the object as it was before it (null for a placement). */
  private record Change(Command command, PlacedObject before) {
    Change renamed(String oldId, String newId) {
      if (!objectId(command).equals(oldId)) {
        return this;
      }
      Command c = command;
      if (c instanceof Command.PlaceObject p) {
        c = new Command.PlaceObject(newId, p.kind(), p.x(), p.z(), p.yaw());
      } else if (c instanceof Command.MoveObject m) {
        c = new Command.MoveObject(newId, m.x(), m.z());
      } else if (c instanceof Command.RotateObject r) {
        c = new Command.RotateObject(newId, r.yaw());
      } else {
        c = new Command.RemoveObject(newId);
      }
      PlacedObject b = before == null ? null
          : new PlacedObject(newId, before.kind(), before.x(), before.z(), before.yaw(), before.owner());
      return new Change(c, b);
    }
  }
}
