package fi.retki.scenes.live;

import fi.retki.scenes.Area;
import fi.retki.scenes.PaletteKind;

/**
 * Where school-yard objects may stand. The server judges plan commands with it, and the client
 * checks a move before sending it, so both sides agree on what fits.
 */
public final class PlanRules {
  private PlanRules() {}

  /**
   * True if the footprint, centred at (x, z) and turned by {@code yaw} degrees about the vertical
   * axis, lies wholly inside the area (its edge included).
   */
  public static boolean fits(Area area, PaletteKind.Footprint footprint, double x, double z, double yaw) {
    double c = Math.cos(Math.toRadians(yaw));
    double s = Math.sin(Math.toRadians(yaw));
    double hw = footprint.width() / 2;
    double hd = footprint.depth() / 2;
    double[][] corners = {{hw, hd}, {-hw, hd}, {hw, -hd}, {-hw, -hd}};
    for (double[] corner : corners) {
      double cx = x + c * corner[0] + s * corner[1];
      double cz = z - s * corner[0] + c * corner[1];
      if (!area.contains(cx, cz)) {
        return false;
      }
    }
    return true;
  }
}
