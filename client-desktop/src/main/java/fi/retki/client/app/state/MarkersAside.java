package fi.retki.client.app.state;

import com.jme3.bounding.BoundingBox;
import com.jme3.bounding.BoundingVolume;
import com.jme3.math.Vector3f;
import com.jme3.renderer.Camera;
import com.jme3.scene.Spatial;
import fi.retki.client.app.scene.BuiltScene;
import fi.retki.scenes.PointOfInterest;

/**
 * While a point's text is open, its marker is hidden, and so is every other marker that would be
 * drawn over the point's subject (nearer to the eye than the subject's middle, its outline on
 * screen overlapping the subject's). When the point closes they all come back. Checked every frame, because
 * the camera may move (the daycare tour circles the subject). Render thread only.
 */
final class MarkersAside {
  /** Pixels around the subject's outline on screen that count as over it. */
  static final float MARGIN = 12;

  private MarkersAside() {}

  static void update(BuiltScene built, Camera cam, String openId) {
    if (built == null) {
      return;
    }
    BoundingBox subject = openId == null ? null : built.subjectBound(openId);
    float[] outline = subject == null ? null : outline(cam, subject);
    for (PointOfInterest poi : built.scene().pointsOfInterest()) {
      boolean hide = openId != null
          && (poi.id().equals(openId) || outline != null && over(cam, built.marker(poi.id()), subject, outline));
      built.showMarker(poi.id(), !hide);
    }
  }

  /** Whether a marker would be drawn over the subject: nearer, and overlapping its outline on screen. */
  private static boolean over(Camera cam, Spatial marker, BoundingBox subject, float[] outline) {
    BoundingBox bound = box(marker.getWorldBound());
    if (bound == null || cam.getLocation().distance(bound.getCenter()) >= cam.getLocation().distance(subject.getCenter())) {
      return false;
    }
    float[] own = outline(cam, bound);
    return own[0] <= outline[2] && own[2] >= outline[0] && own[1] <= outline[3] && own[3] >= outline[1];
  }

  private static BoundingBox box(BoundingVolume volume) {
    if (volume instanceof BoundingBox box) {
      return box;
    }
    if (volume == null) {
      return null;
    }
    BoundingBox box = new BoundingBox();
    box.mergeLocal(volume);
    return box;
  }

  /** The subject's outline on screen as {min x, min y, max x, max y}, widened by {@link #MARGIN}. */
  static float[] outline(Camera cam, BoundingBox box) {
    Vector3f min = box.getMin(null);
    Vector3f max = box.getMax(null);
    float[] outline = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
    for (int corner = 0; corner < 8; corner++) {
      Vector3f p = new Vector3f((corner & 1) == 0 ? min.x : max.x, (corner & 2) == 0 ? min.y : max.y,
          (corner & 4) == 0 ? min.z : max.z);
      Vector3f screen = cam.getScreenCoordinates(p);
      if (screen.z <= 0 || screen.z >= 1) {
        // A corner behind the eye: the subject reaches round the picture's edges.
        return new float[] {-Float.MAX_VALUE, -Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
      }
      outline[0] = Math.min(outline[0], screen.x - MARGIN);
      outline[1] = Math.min(outline[1], screen.y - MARGIN);
      outline[2] = Math.max(outline[2], screen.x + MARGIN);
      outline[3] = Math.max(outline[3], screen.y + MARGIN);
    }
    return outline;
  }
}
