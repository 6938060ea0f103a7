package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.jme3.bounding.BoundingBox;
import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector3f;
import com.jme3.scene.Geometry;
import com.jme3.scene.SceneGraphVisitor;
import com.jme3.scene.Spatial;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.Panel;
import com.simsilica.lemur.component.QuadBackgroundComponent;
import fi.retki.client.app.state.ExploreState;
import fi.retki.client.app.state.PlanState;
import fi.retki.client.app.state.WorldState;
import fi.retki.client.app.ui.Ui;
import fi.retki.scenes.Language;
import fi.retki.scenes.Pose;
import fi.retki.scenes.Vec3;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Planning the school yard as a pupil does, through the X server ({@link XInput}): the palette,
 * choosing and putting a kind down, clicks that mean an object, drags in both views, what the
 * palette takes for itself, where messages appear, and how the playground things look.
 */
class SchoolYardIT extends WithLesson {
  @Test
  void palette_benchPlacesABench_escPutsItDown_clicksOnThePaletteStayThere_messagesAbove() throws Exception {
    JsonNode session = lesson.start("school-yard");
    String id = session.path("id").asText();
    try (Pupil pupil = Pupil.join(lesson, data, session, "Ville")) {
      ClientHarness client = pupil.client();
      PlanState plan = client.awaitState(PlanState.class, 30);
      client.awaitTrue(() -> tiles(plan).stream().allMatch(t -> icon(t) != null), 20);
      ClientHarness.save(client.grab(), "yard-palette");
      readable(client, plan);

      // Each picture sits over its own name (it used to sit under the name of the tile before it).
      for (Button tile : client.call(() -> tiles(plan))) {
        float[] centres = client.call(() -> new float[] {centreX(tile), icon(tile).getWorldBound().getCenter().x});
        assertThat(centres[1]).as("the picture's centre on the tile '%s'", tile.getText()).isCloseTo(centres[0], within(3f));
      }

      float ground = groundHeight(client, 0, 22);
      pupil.click(1, pupil.button("Bench"));
      assertThat(client.call(plan::chosen)).isEqualTo("bench");
      pupil.click(1, pupil.onScreen(new Vector3f(0, ground, 22)));
      JsonNode placed = awaitPlan(id, p -> p.size() == 1);
      assertThat(placed.get(0).path("kind").asText()).as("the kind placed after choosing Bench").isEqualTo("bench");

      pupil.input().key("Escape");
      client.awaitTrue(() -> plan.chosen() == null, 5);
      pupil.click(1, pupil.onScreen(new Vector3f(-6, groundHeight(client, -6, 24), 24)));
      client.awaitFrames(10);
      assertThat(client.call(() -> plan.shown().size())).as("objects after Esc and a click on the yard").isEqualTo(1);

      pupil.click(1, pupil.button("Sandbox"));
      for (int[] at : paletteGaps(client, plan)) {
        pupil.click(1, at);
      }
      client.awaitFrames(10);
      assertThat(client.call(() -> plan.shown().size())).as("objects after clicks between the tiles and on the help line")
          .isEqualTo(1);
      assertThat(awaitPlan(id, p -> true)).as("the plan after clicks on the palette").hasSize(1);

      // Outside the fence: refused, and said just above the palette.
      // (away from x = 0, where the school building's pin stands over this spot on screen)
      pupil.click(1, pupil.onScreen(new Vector3f(-12, groundHeight(client, -12, -28), -28)));
      client.awaitTrue(() -> Ui.OUTSIDE_AREA.in(Language.EN).equals(plan.message()), 5);
      float[] edges = client.call(() -> new float[] {
          plan.messageBox().getWorldTranslation().y - plan.messageBox().getSize().y * plan.messageBox().getWorldScale().y,
          plan.palette().getWorldTranslation().y, plan.messageBox().getWorldTranslation().y,
          client.app.getCamera().getHeight()});
      assertThat(edges[0]).as("the message's lower edge above the palette's top (px from the bottom)").isGreaterThan(edges[1]);
      assertThat(edges[2]).as("the message's top edge inside the window").isLessThan(edges[3]);
      ClientHarness.save(client.grab(), "yard-outside-message");
    }
  }

  @Test
  void clickOnAnObject_selectsIt_drags_moveOnlyWhatIsUnderTheCursor_inBothViews() throws Exception {
    JsonNode session = lesson.start("school-yard");
    String id = session.path("id").asText();
    try (Pupil pupil = Pupil.join(lesson, data, session, "Helmi")) {
      ClientHarness client = pupil.client();
      PlanState plan = client.awaitState(PlanState.class, 30);
      pupil.click(1, pupil.button("Climbing frame"));
      pupil.click(1, pupil.onScreen(new Vector3f(0, groundHeight(client, 0, 22), 22)));
      String frame = awaitPlan(id, p -> p.size() == 1).get(0).path("id").asText();
      pupil.click(1, pupil.button("Football goal"));
      pupil.click(1, pupil.onScreen(new Vector3f(7, groundHeight(client, 7, 22), 22)));
      JsonNode two = awaitPlan(id, p -> p.size() == 2);
      JsonNode goal = find(two, "football-goal");
      client.awaitTrue(() -> plan.shown().size() == 2, 10);

      // Between the climbing frame's bars, with a kind still chosen: that is the frame.
      pupil.click(1, pupil.onScreen(new Vector3f(0, groundHeight(client, 0, 22), 22)));
      client.awaitTrue(() -> frame.equals(plan.selected()), 5);
      client.awaitFrames(10);
      assertThat(awaitPlan(id, p -> true)).as("the plan after clicking the climbing frame").hasSize(2);
      ClientHarness.save(client.grab(), "yard-selected");

      // Grabbed 1 m right of its centre and let go 4 m left and 3 m nearer: the centre follows the hand.
      pupil.drag(1, pupil.onScreen(new Vector3f(1, groundHeight(client, 1, 22), 22)),
          pupil.onScreen(new Vector3f(-3, groundHeight(client, -3, 25), 25)));
      JsonNode moved = awaitPlan(id, p -> find(p, "climbing-frame").path("x").asDouble() < -2);
      assertThat(find(moved, "climbing-frame").path("x").asDouble()).as("x of the frame's centre").isCloseTo(-4, within(0.6));
      assertThat(find(moved, "climbing-frame").path("z").asDouble()).as("z of the frame's centre").isCloseTo(25, within(0.6));
      assertThat(find(moved, "football-goal")).as("the goal after dragging the frame").isEqualTo(goal);

      pupil.input().key("t");
      client.awaitTrue(plan::topView, 5);
      client.awaitFrames(5);
      pupil.drag(1, pupil.onScreen(new Vector3f(7, groundHeight(client, 7, 22), 22)),
          pupil.onScreen(new Vector3f(12, groundHeight(client, 12, 10), 10)));
      JsonNode fromAbove = awaitPlan(id, p -> find(p, "football-goal").path("z").asDouble() < 15);
      ClientHarness.save(client.grab(), "yard-top-view-dragged");
      assertThat(find(fromAbove, "football-goal").path("x").asDouble()).as("x of the goal dragged from above").isCloseTo(12, within(0.6));
      assertThat(find(fromAbove, "football-goal").path("z").asDouble()).as("z of the goal dragged from above").isCloseTo(10, within(0.6));
      assertThat(find(fromAbove, "football-goal").path("yaw").asDouble()).as("yaw of the dragged goal").isEqualTo(goal.path("yaw").asDouble());
      assertThat(find(fromAbove, "climbing-frame")).as("the frame after dragging the goal").isEqualTo(find(moved, "climbing-frame"));
    }
  }

  @Test
  void slideAndFootballGoal_showTheirColours() throws Exception {
    JsonNode session = lesson.start("school-yard");
    String id = session.path("id").asText();
    try (Pupil pupil = Pupil.join(lesson, data, session, "Noa")) {
      ClientHarness client = pupil.client();
      PlanState plan = client.awaitState(PlanState.class, 30);
      pupil.click(1, pupil.button("Slide"));
      pupil.click(1, pupil.onScreen(new Vector3f(-3, groundHeight(client, -3, 22), 22)));
      pupil.click(1, pupil.button("Football goal"));
      pupil.click(1, pupil.onScreen(new Vector3f(4, groundHeight(client, 4, 22), 22)));
      pupil.input().key("Escape");
      JsonNode two = awaitPlan(id, p -> p.size() == 2);
      client.awaitTrue(() -> plan.shown().size() == 2, 10);
      // From above and in front, so that grass is behind them, not the sky.
      client.run(() -> {
        ExploreState explore = client.app.getStateManager().getState(ExploreState.class);
        explore.lock(ExploreState.Lock.TEACHER, true); // taking the lock off again takes the new view
        client.app.getStateManager().getState(WorldState.class).place(new Pose(new Vec3(0.5, 4.5, 29), 0, -28));
        explore.lock(ExploreState.Lock.TEACHER, false);
      });
      BufferedImage frame = client.grab();
      ClientHarness.save(frame, "yard-slide-and-goal");
      for (String kind : List.of("slide", "football-goal")) {
        String object = find(two, kind).path("id").asText();
        int[] box = client.call(() -> screenBox(client, plan.view(object)));
        double dark = share(frame, box, rgb -> Math.max(r(rgb), Math.max(g(rgb), b(rgb))) < 45);
        assertThat(dark).as("share of near-black pixels in the %s's box %s", kind, java.util.Arrays.toString(box)).isLessThan(0.02);
      }
      int[] slide = client.call(() -> screenBox(client, plan.view(find(two, "slide").path("id").asText())));
      assertThat(share(frame, slide, rgb -> r(rgb) > 170 && g(rgb) > 140 && b(rgb) < 110))
          .as("share of the slide's box in its chute's yellow").isGreaterThan(0.03);
    }
  }

  /** The palette's words are at least 14 px high and stand out from what is behind them. */
  private static void readable(ClientHarness client, PlanState plan) throws Exception {
    client.run(() -> {
      float scale = plan.palette().getWorldScale().y;
      List<Button> tiles = tiles(plan);
      assertThat(tiles).hasSize(14);
      for (Button tile : tiles) {
        assertThat(tile.getFontSize() * tile.getWorldScale().y).as("px height of the tile's name '%s'", tile.getText())
            .isGreaterThanOrEqualTo(14f);
        ColorRGBA behind = ((QuadBackgroundComponent) tile.getBackground()).getColor();
        assertThat(contrast(tile.getColor(), behind)).as("contrast of '%s' on its tile", tile.getText()).isGreaterThanOrEqualTo(4.5);
      }
      Label help = findLabel(plan, Ui.HELP_PLAN.in(Language.EN));
      assertThat(help.getFontSize() * help.getWorldScale().y).as("px height of the help line").isGreaterThanOrEqualTo(14f);
      ColorRGBA panel = ((QuadBackgroundComponent) plan.palette().getBackground()).getColor();
      assertThat(panel.a).as("opacity of the panel behind the help line").isGreaterThanOrEqualTo(0.85f);
      assertThat(contrast(help.getColor(), panel)).as("contrast of the help line on its panel").isGreaterThanOrEqualTo(7.0);
      float right = plan.palette().getWorldTranslation().x + plan.palette().getSize().x * scale;
      assertThat(right).as("the palette's right edge (px)").isLessThanOrEqualTo(client.app.getCamera().getWidth());
    });
  }

  /** Points on the palette that are not on a tile or a button: between tiles, and the help line. */
  private static List<int[]> paletteGaps(ClientHarness client, PlanState plan) throws Exception {
    return client.call(() -> {
      int height = client.app.getCamera().getHeight();
      List<int[]> gaps = new ArrayList<>();
      List<Button> tiles = tiles(plan);
      for (int i = 0; i + 1 < tiles.size(); i++) {
        Button a = tiles.get(i);
        Button b = tiles.get(i + 1);
        if (Math.abs(a.getWorldTranslation().y - b.getWorldTranslation().y) > 1) {
          continue; // a new row
        }
        float between = (a.getWorldTranslation().x + a.getSize().x * a.getWorldScale().x + b.getWorldTranslation().x) / 2;
        gaps.add(new int[] {Math.round(between), height - Math.round(a.getWorldTranslation().y - 20)});
      }
      Label help = findLabel(plan, Ui.HELP_PLAN.in(Language.EN));
      Vector3f at = help.getWorldTranslation();
      gaps.add(new int[] {Math.round(at.x + 40), height - Math.round(at.y - help.getSize().y * help.getWorldScale().y / 2)});
      return gaps;
    });
  }

  private static List<Button> tiles(PlanState plan) {
    List<Button> tiles = new ArrayList<>();
    plan.palette().depthFirstTraversal((SceneGraphVisitor) s -> {
      if (s instanceof Button b && s.getName() != null && s.getName().startsWith("tile:")) {
        tiles.add(b);
      }
    });
    return tiles;
  }

  private static Label findLabel(PlanState plan, String text) {
    List<Label> found = new ArrayList<>();
    plan.palette().depthFirstTraversal((SceneGraphVisitor) s -> {
      if (s instanceof Label l && !(s instanceof Button) && text.equals(l.getText())) {
        found.add(l);
      }
    });
    assertThat(found).as("a label '%s' on the palette", text).hasSize(1);
    return found.get(0);
  }

  private static Geometry icon(Panel tile) {
    List<Geometry> found = new ArrayList<>();
    tile.depthFirstTraversal((SceneGraphVisitor) s -> {
      if (s instanceof Geometry g && g.getMaterial().getTextureParam("ColorMap") != null
          && g.getMaterial().getTextureParam("ColorMap").getTextureValue().getKey() != null
          && g.getMaterial().getTextureParam("ColorMap").getTextureValue().getKey().getName().contains("icons/")) {
        found.add(g);
      }
    });
    return found.isEmpty() ? null : found.get(0);
  }

  private static float centreX(Panel panel) {
    return panel.getWorldTranslation().x + panel.getSize().x * panel.getWorldScale().x / 2;
  }

  /** WCAG's contrast ratio of two colours (opaque, in jME's 0..1 sRGB-ish values). */
  static double contrast(ColorRGBA a, ColorRGBA b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(ColorRGBA c) {
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
  }

  private static double linear(float c) {
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** The window rectangle (x0, y0 from the top, x1, y1) an object's bounds cover. */
  private static int[] screenBox(ClientHarness client, Spatial view) {
    BoundingBox bound = (BoundingBox) view.getWorldBound();
    Vector3f c = bound.getCenter();
    Vector3f e = bound.getExtent(null);
    int height = client.app.getCamera().getHeight();
    int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = Integer.MIN_VALUE, y1 = Integer.MIN_VALUE;
    for (int i = 0; i < 8; i++) {
      Vector3f corner = new Vector3f(c.x + ((i & 1) == 0 ? -e.x : e.x), c.y + ((i & 2) == 0 ? -e.y : e.y),
          c.z + ((i & 4) == 0 ? -e.z : e.z));
      Vector3f s = client.app.getCamera().getScreenCoordinates(corner);
      x0 = Math.min(x0, Math.round(s.x));
      x1 = Math.max(x1, Math.round(s.x));
      y0 = Math.min(y0, height - Math.round(s.y));
      y1 = Math.max(y1, height - Math.round(s.y));
    }
    return new int[] {x0, y0, x1, y1};
  }

  private static double share(BufferedImage image, int[] box, java.util.function.IntPredicate test) {
    int n = 0;
    int hits = 0;
    for (int y = Math.max(0, box[1]); y <= Math.min(image.getHeight() - 1, box[3]); y++) {
      for (int x = Math.max(0, box[0]); x <= Math.min(image.getWidth() - 1, box[2]); x++) {
        n++;
        if (test.test(image.getRGB(x, y))) {
          hits++;
        }
      }
    }
    assertThat(n).as("pixels in the box").isGreaterThan(100);
    return (double) hits / n;
  }

  private static int r(int rgb) {
    return (rgb >> 16) & 0xff;
  }

  private static int g(int rgb) {
    return (rgb >> 8) & 0xff;
  }

  private static int b(int rgb) {
    return rgb & 0xff;
  }

  private static JsonNode find(JsonNode plan, String kind) {
    for (JsonNode object : plan) {
      if (object.path("kind").asText().equals(kind)) {
        return object;
      }
    }
    throw new AssertionError("no " + kind + " in the plan " + plan);
  }

  static float groundHeight(ClientHarness client, float x, float z) throws Exception {
    return client.call(() -> client.app.getStateManager().getState(WorldState.class).built().groundHeight(x, z, 0));
  }

  static JsonNode awaitPlan(String sessionId, Predicate<JsonNode> condition) throws Exception {
    return lesson.awaitWork(sessionId, w -> condition.test(w.path("plan"))).path("plan");
  }
}
