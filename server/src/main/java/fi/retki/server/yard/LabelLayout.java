package fi.retki.server.yard;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the plan's labels go: each next to its object, and none on top of another. Labels are
 * placed in order; each tries the eight places around its object (above, below, right, left,
 * then the corners), then the same places one step further out, and so on, and takes the first
 * that stays inside the map and covers no label placed before it nor another object. If every
 * place covers something, it takes the one that covers least (another label weighs far more
 * than an object). A label away from its object gets a leader line.
 *
 * <p>The console's {@code plan.js} places its labels by the same rule (keep the two alike), so
 * the live map and the saved picture look the same.
 */
final class LabelLayout {
  /** How many steps out a label may go. */
  static final int RINGS = 8;
  private static final double LABEL_WEIGHT = 1000;

  /** An object to label: the ground it covers, and the size of its label, in metres. */
  record Item(Box anchor, double width, double height) {}

  /** A placed label, and whether it needs a line to its object. */
  record Placement(Box label, boolean leader) {}

  private LabelLayout() {}

  /** The labels of {@code items}, in their order; {@code fixed} boxes (other labels) are avoided too. */
  static List<Placement> place(List<Item> items, List<Box> fixed, Box bounds) {
    List<Box> taken = new ArrayList<>(fixed);
    List<Placement> placements = new ArrayList<>();
    for (Item item : items) {
      Placement best = null;
      double bestCost = Double.POSITIVE_INFINITY;
      search:
      for (int ring = 0; ring < RINGS; ring++) {
        for (int direction = 0; direction < 8; direction++) {
          Box candidate = inside(candidate(item, direction, ring), bounds);
          double cost = 0;
          for (Box label : taken) {
            cost += LABEL_WEIGHT * candidate.overlap(label);
          }
          for (Item other : items) {
            if (other != item) {
              cost += candidate.overlap(other.anchor());
            }
          }
          if (cost < bestCost) {
            bestCost = cost;
            best = new Placement(candidate, ring > 0 || direction >= 4);
          }
          if (cost == 0) {
            break search;
          }
        }
      }
      taken.add(best.label());
      placements.add(best);
    }
    return placements;
  }

  /** The place around the object: 0 above, 1 below, 2 right, 3 left, 4..7 the corners. */
  static Box candidate(Item item, int direction, int ring) {
    Box a = item.anchor();
    double w = item.width();
    double h = item.height();
    double gap = h * (0.15 + ring);
    double left = a.centerX() - w / 2;
    double top = a.centerZ() - h / 2;
    switch (direction) {
      case 0:
        top = a.minZ() - gap - h;
        break;
      case 1:
        top = a.maxZ() + gap;
        break;
      case 2:
        left = a.maxX() + gap;
        break;
      case 3:
        left = a.minX() - gap - w;
        break;
      case 4:
        left = a.maxX() + gap;
        top = a.minZ() - gap - h;
        break;
      case 5:
        left = a.minX() - gap - w;
        top = a.minZ() - gap - h;
        break;
      case 6:
        left = a.maxX() + gap;
        top = a.maxZ() + gap;
        break;
      default:
        left = a.minX() - gap - w;
        top = a.maxZ() + gap;
        break;
    }
    return new Box(left, top, left + w, top + h);
  }

  /** The box moved (not shrunk) to lie inside the bounds, where it fits. */
  static Box inside(Box box, Box bounds) {
    double dx = box.minX() < bounds.minX() ? bounds.minX() - box.minX()
        : box.maxX() > bounds.maxX() ? bounds.maxX() - box.maxX() : 0;
    double dz = box.minZ() < bounds.minZ() ? bounds.minZ() - box.minZ()
        : box.maxZ() > bounds.maxZ() ? bounds.maxZ() - box.maxZ() : 0;
    return new Box(box.minX() + dx, box.minZ() + dz, box.maxX() + dx, box.maxZ() + dz);
  }
}
