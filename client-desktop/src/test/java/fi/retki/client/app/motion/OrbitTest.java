package fi.retki.client.app.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fi.retki.scenes.Pose;
import fi.retki.scenes.Vec3;
import org.junit.jupiter.api.Test;

class OrbitTest {
  private static final Orbit.Ground FLAT = (x, z) -> -0.5;
  /** The frog's view: 2 m from it, looking down at it. */
  private static final Vec3 FROG = new Vec3(-4, -0.25, 10);
  private static final Pose FROG_VIEW = lookingAt(new Vec3(-3.2, 0.6, 11.6), FROG);

  @Test
  void atTheMiddleOfTheSwing_theViewIsAsWritten() {
    Orbit orbit = Orbit.around(FROG_VIEW, FROG, -30, 30, 40);
    Pose middle = orbit.at(0.5, FLAT);
    assertThat(middle.position().distanceTo(FROG_VIEW.position())).isLessThan(1e-9);
    assertThat(middle.yaw()).isCloseTo(FROG_VIEW.yaw(), within(1e-6));
    assertThat(middle.pitch()).isCloseTo(FROG_VIEW.pitch(), within(1e-6));
  }

  @Test
  void allAlongTheSwing_theSubjectStaysInTheMiddle_atTheViewsDistanceAndHeight() {
    Orbit orbit = Orbit.around(FROG_VIEW, FROG, -35, 35, 40);
    double radius = FROG_VIEW.position().groundDistanceTo(FROG);
    for (int i = 0; i <= 100; i++) {
      Pose pose = orbit.at(i / 100.0, FLAT);
      assertThat(angleToSubject(pose, FROG)).as("degrees off centre at %d %%", i).isLessThan(0.01);
      assertThat(pose.position().groundDistanceTo(FROG)).isCloseTo(radius, within(1e-6));
      assertThat(pose.position().y()).isCloseTo(FROG_VIEW.position().y(), within(1e-9));
    }
    assertThat(orbit.at(0, FLAT).yaw() - FROG_VIEW.yaw()).isCloseTo(-35, within(1e-6));
    assertThat(orbit.at(1, FLAT).yaw() - FROG_VIEW.yaw()).isCloseTo(35, within(1e-6));
  }

  @Test
  void aTallSubject_keepsTheWrittenLookUp_andCirclesThePointItLooksAt() {
    Vec3 treeMiddle = new Vec3(0, 20, -10);
    Pose view = new Pose(new Vec3(4, 3, 8), 12.53, 15.17);
    Orbit orbit = Orbit.around(view, treeMiddle, -30, 30, 40);
    Vec3 target = orbit.target();
    for (int i = 0; i <= 10; i++) {
      Pose pose = orbit.at(i / 10.0, FLAT);
      assertThat(pose.pitch()).isCloseTo(15.17, within(1e-6));
      assertThat(angleToSubject(pose, target)).isLessThan(0.01);
    }
    // The point looked at is the nearest on the line of sight to the tree's middle.
    Vec3 d = Orbit.direction(view.yaw(), view.pitch());
    double sideways = new Vec3(treeMiddle.x() - target.x(), treeMiddle.y() - target.y(), treeMiddle.z() - target.z())
        .distanceTo(new Vec3(0, 0, 0));
    assertThat(sideways).isLessThan(treeMiddle.distanceTo(view.position()) * Math.sin(Math.toRadians(60)));
    double along = (treeMiddle.x() - target.x()) * d.x() + (treeMiddle.y() - target.y()) * d.y()
        + (treeMiddle.z() - target.z()) * d.z();
    assertThat(along).isCloseTo(0, within(1e-9));
  }

  @Test
  void speed_isSlow_startsAndEndsAtRest() {
    double seconds = 40;
    Orbit orbit = Orbit.around(FROG_VIEW, FROG, -45, 45, seconds);
    int steps = 4000;
    double dt = seconds / steps;
    double fastestTurn = 0;
    double fastestEye = 0;
    for (int i = 0; i < steps; i++) {
      Pose a = orbit.at(i / (double) steps, FLAT);
      Pose b = orbit.at((i + 1) / (double) steps, FLAT);
      fastestTurn = Math.max(fastestTurn, Math.abs(Flight.shortestTurn(a.yaw(), b.yaw())) / dt);
      fastestEye = Math.max(fastestEye, a.position().distanceTo(b.position()) / dt);
    }
    assertThat(fastestTurn).as("degrees per second at most").isLessThanOrEqualTo(Orbit.MAX_DEGREES_PER_SECOND + 1e-6)
        .isGreaterThan(2);
    assertThat(fastestEye).as("metres per second at most").isLessThanOrEqualTo(Orbit.MAX_METRES_PER_SECOND + 1e-6);
    double startTurn = Math.abs(orbit.angleAt(0.001) - orbit.angleAt(0)) / (0.001 * seconds);
    double endTurn = Math.abs(orbit.angleAt(1) - orbit.angleAt(0.999)) / (0.001 * seconds);
    assertThat(startTurn).as("degrees per second at the start").isLessThan(0.01);
    assertThat(endTurn).as("degrees per second at the end").isLessThan(0.01);
  }

  @Test
  void aShortStayOrAFarView_swingsLess_notFaster() {
    Orbit shortStay = Orbit.around(FROG_VIEW, FROG, -40, 40, 10);
    assertThat(shortStay.to() - shortStay.from()).isCloseTo(3 * 2 * 10 / Math.PI, within(1e-9));
    assertThat(shortStay.from()).isCloseTo(-shortStay.to(), within(1e-9));
    Vec3 far = new Vec3(0, 0, -60);
    Orbit farView = Orbit.around(lookingAt(new Vec3(0, 5, 0), far), far, -40, 40, 60);
    double metresPerSecondAtTop = Math.toRadians(farView.to() - farView.from()) * Math.PI / (2 * 60) * 60;
    assertThat(metresPerSecondAtTop).isCloseTo(Orbit.MAX_METRES_PER_SECOND, within(1e-6));
  }

  @Test
  void aSwingOverRisingGround_staysAboveIt_stillLookingAtTheSubject() {
    Orbit.Ground hill = (x, z) -> x < -4 ? 3 : -0.5;
    Orbit orbit = Orbit.around(FROG_VIEW, FROG, -40, 40, 40);
    boolean raised = false;
    for (int i = 0; i <= 100; i++) {
      Pose pose = orbit.at(i / 100.0, hill);
      Vec3 p = pose.position();
      assertThat(p.y()).isGreaterThanOrEqualTo(hill.heightAt(p.x(), p.z()) + Orbit.CLEARANCE - 1e-9);
      assertThat(angleToSubject(pose, FROG)).isLessThan(0.01);
      raised |= p.y() > FROG_VIEW.position().y() + 1;
    }
    assertThat(raised).as("some of the swing is over the hill").isTrue();
  }

  @Test
  void withoutASubject_theViewSwaysGentlyOnTheSpot() {
    Orbit sway = Orbit.sway(FROG_VIEW, 30);
    assertThat(sway.target()).isNull();
    assertThat(sway.at(0, FLAT).yaw()).isCloseTo(Flight.wrap(FROG_VIEW.yaw() - Orbit.SWAY), within(1e-9));
    assertThat(sway.at(1, FLAT).yaw()).isCloseTo(Flight.wrap(FROG_VIEW.yaw() + Orbit.SWAY), within(1e-9));
    assertThat(sway.at(0.3, FLAT).position()).isEqualTo(FROG_VIEW.position());
    assertThat(sway.at(0.3, FLAT).pitch()).isEqualTo(FROG_VIEW.pitch());
  }

  @Test
  void badArguments_areRefused() {
    assertThatThrownBy(() -> Orbit.around(FROG_VIEW, FROG, 10, -10, 40)).hasMessageContaining("lower angle");
    assertThatThrownBy(() -> Orbit.around(FROG_VIEW, FROG, -10, 10, 0)).hasMessageContaining("more than 0 s");
  }

  /** A pose at {@code eye} looking straight at {@code at}. */
  static Pose lookingAt(Vec3 eye, Vec3 at) {
    double lx = at.x() - eye.x();
    double ly = at.y() - eye.y();
    double lz = at.z() - eye.z();
    return new Pose(eye, Math.toDegrees(Math.atan2(-lx, -lz)), Math.toDegrees(Math.atan2(ly, Math.hypot(lx, lz))));
  }

  /** Degrees between where the pose looks and the direction to {@code point}. */
  static double angleToSubject(Pose pose, Vec3 point) {
    Vec3 d = Orbit.direction(pose.yaw(), pose.pitch());
    Vec3 e = pose.position();
    double lx = point.x() - e.x();
    double ly = point.y() - e.y();
    double lz = point.z() - e.z();
    double cos = (d.x() * lx + d.y() * ly + d.z() * lz) / Math.sqrt(lx * lx + ly * ly + lz * lz);
    return Math.toDegrees(Math.acos(Math.min(1, cos)));
  }
}
