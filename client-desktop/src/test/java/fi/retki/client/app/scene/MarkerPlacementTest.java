package fi.retki.client.app.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jme3.bounding.BoundingBox;
import com.jme3.math.Vector3f;
import fi.retki.scenes.LocalizedText;
import fi.retki.scenes.PointOfInterest;
import fi.retki.scenes.Pose;
import fi.retki.scenes.Vec3;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkerPlacementTest {
  /** A wide, low subject (a river bank) from x -10 to 10, z -2 to 2, top at 0.5. */
  private static final BoundingBox WIDE = new BoundingBox(new Vector3f(-10, 0, -2), new Vector3f(10, 0.5f, 2));

  @Test
  void aPointOverItsSubject_isMarkedJustAboveTheSubjectsTop_whereThePointIs() {
    Vector3f tip = BuiltScene.markerTip(point(new Vec3(4, -0.3, 1)), WIDE);
    assertThat(tip).isEqualTo(new Vector3f(4, 0.5f + BuiltScene.MARKER_GAP, 1));
  }

  @Test
  void aPointBesideItsSubject_isMarkedOverTheSubjectsNearestEdge() {
    Vector3f tip = BuiltScene.markerTip(point(new Vec3(14, 3, -7)), WIDE);
    assertThat(tip).isEqualTo(new Vector3f(10, 0.5f + BuiltScene.MARKER_GAP, -2));
  }

  @Test
  void nearby_thePinHasItsOwnSize_farAway_itKeepsItsSizeOnScreen() {
    assertThat(MarkerControl.scaleAt(2, MarkerPin.HEIGHT)).isEqualTo(1);
    float far = MarkerControl.scaleAt(60, MarkerPin.HEIGHT);
    float farther = MarkerControl.scaleAt(120, MarkerPin.HEIGHT);
    assertThat(far * MarkerPin.HEIGHT / 60).as("radians of view at 60 m").isCloseTo(MarkerControl.MIN_ANGLE, within(1e-6f));
    assertThat(farther).isCloseTo(2 * far, within(1e-4f));
  }

  private static PointOfInterest point(Vec3 at) {
    LocalizedText words = new LocalizedText("a", "a", "a");
    return new PointOfInterest("p", at, new Pose(new Vec3(0, 2, 5), 0, 0), "s", words, words, Map.of());
  }
}
