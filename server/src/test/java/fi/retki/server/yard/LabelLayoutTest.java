package fi.retki.server.yard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelLayoutTest {
  private static final Box MAP = new Box(-40, -40, 40, 40);

  @Test
  void place_aLoneObject_isLabelledRightAboveIt_withoutALeader() {
    Box bench = new Box(-1, -0.3, 1, 0.3);
    List<LabelLayout.Placement> placed = LabelLayout.place(List.of(new LabelLayout.Item(bench, 6, 2)), List.of(), MAP);

    assertThat(placed.get(0).leader()).isFalse();
    assertThat(placed.get(0).label().maxZ()).isLessThan(bench.minZ()).isGreaterThan(bench.minZ() - 1);
    assertThat(placed.get(0).label().centerX()).isEqualTo(bench.centerX());
  }

  @Test
  void place_manyObjectsCloseTogether_noLabelCoversAnotherOrTheFixedOnes() {
    List<LabelLayout.Item> items = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      double x = (i % 4) * 1.5;
      double z = (i / 4) * 1.2;
      items.add(new LabelLayout.Item(new Box(x - 0.5, z - 0.4, x + 0.5, z + 0.4), 5 + i % 3, 2));
    }
    Box school = new Box(-3, -8, 9, -5);

    List<LabelLayout.Placement> placed = LabelLayout.place(items, List.of(school), MAP);

    assertThat(placed).hasSize(items.size());
    for (int i = 0; i < placed.size(); i++) {
      Box a = placed.get(i).label();
      assertThat(MAP.contains(a)).isTrue();
      assertThat(a.overlaps(school)).as("label %d covers the fixed label", i).isFalse();
      for (int j = 0; j < placed.size(); j++) {
        assertThat(j != i && a.overlaps(placed.get(j).label())).as("labels %d and %d overlap", i, j).isFalse();
        assertThat(a.overlaps(items.get(j).anchor())).as("label %d covers object %d", i, j).isFalse();
      }
    }
  }

  @Test
  void place_atTheMapsEdge_theLabelIsMovedInside() {
    Box corner = new Box(38, -40, 40, -39);
    Box label = LabelLayout.place(List.of(new LabelLayout.Item(corner, 8, 2)), List.of(), MAP).get(0).label();

    assertThat(MAP.contains(label)).isTrue();
  }
}
