package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jme3.font.BitmapText;
import com.jme3.math.Vector3f;
import com.jme3.scene.SceneGraphVisitor;
import com.jme3.scene.Spatial;
import com.simsilica.lemur.Panel;
import fi.retki.client.app.state.GuidedState;
import fi.retki.client.app.state.HudState;
import fi.retki.client.app.state.PoiState;
import fi.retki.client.app.ui.Ui;
import fi.retki.scenes.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The panels a pupil reads fit the window, from a small laptop to a projector: the point of
 * interest's panel (text wrapped, paged when it is too tall), the note box (wrapping what is
 * typed), the "saved" message on its plate, and "eyes on the teacher" over the whole view. Driven
 * as a pupil and a teacher would: the teacher's go-to and pause, the pupil's F3, keys and clicks
 * through the X server. Screenshots {@code fit-WxH-scale-S-LANG-*.png}.
 */
class PanelsFitIT extends WithLesson {
  static final String NOTE = "the kapok tree is taller than our school and its roots are like walls";

  @ParameterizedTest(name = "{0} at UI scale {1}, in {2}, at {3}")
  @CsvSource({"1024x600, 1, en, kapok-tree", "1280x720, 1, fi, canopy", "1920x1080, 1, sv, kapok-tree",
      "1024x600, 2, en, kapok-tree"})
  void panelsFitTheWindow_andTheirTextWraps(String size, String scale, String lang, String poi) throws Exception {
    Language language = Language.valueOf(lang.toUpperCase(java.util.Locale.ROOT));
    JsonNode session = lesson.start("rainforest", lang);
    String shot = "fit-" + size + "-scale-" + scale + "-" + lang;
    String nickname = "Pupil" + size.replace("x", "") + scale;
    ClientHarness client = ClientHarness.client(data.resolve("cache-" + nickname), new Timings(System.nanoTime()),
        "--server", lesson.base(), "--code", session.path("code").asText(), "--nickname", nickname,
        "--tier", "low", "--language", lang, "--windowed", "--size", size, "--ui-scale", scale);
    try (Pupil pupil = new Pupil(client, XInput.of(client.title));
        Lesson.Console teacher = lesson.watch(session.path("id").asText())) {
      client.awaitLessonReady();
      int width = Integer.parseInt(size.split("x")[0]);
      int height = Integer.parseInt(size.split("x")[1]);
      assertThat(client.call(() -> client.app.getCamera().getWidth())).as("window width").isEqualTo(width);

      // The point with the longest text (or the canopy: "30–45 metrin"), brought by the teacher.
      teacher.command("go-to", "\"poi\":\"" + poi + "\"");
      PoiState pois = client.state(PoiState.class);
      client.awaitTrue(() -> poi.equals(pois.openId()) && pois.panel() != null, 60);
      client.awaitFrames(3);
      assertInside(client, () -> pois.panel(), "the point's panel");
      assertThat(client.call(() -> maxLines(pois.panel()))).as("lines of the point's text (wrapped)")
          .isGreaterThan(3);
      ClientHarness.save(client.grab(), shot + "-poi");
      int pages = client.call(pois::pages);
      if (scale.equals("2") && size.equals("1024x600")) {
        assertThat(pages).as("pages of the kapok tree's text at 1024x600, UI scale 2").isGreaterThan(1);
      }
      if (pages > 1) {
        pupil.click(1, pupil.button("▶"));
        client.awaitTrue(() -> pois.page() == 1, 10);
        assertInside(client, () -> pois.panel(), "the point's panel, page 2");
        ClientHarness.save(client.grab(), shot + "-poi-page-2");
      }
      teacher.command("release", "");

      pupil.click(1, pupil.button(Ui.CLOSE.in(language)));
      client.awaitTrue(() -> pois.openId() == null, 10);
      HudState hud = client.state(HudState.class);
      pupil.input().key("F3");
      client.awaitTrue(() -> hud.notePanel() != null, 10);
      pupil.input().key(keys(NOTE));
      try {
        client.awaitTrue(() -> NOTE.equals(hud.noteText()), 60);
      } catch (ConditionTimeoutException e) {
        assertThat(client.call(hud::noteText)).as("the note typed").isEqualTo(NOTE);
      }
      assertInside(client, hud::notePanel, "the note box");
      assertThat(client.call(() -> maxLines(hud.notePanel()))).as("lines of the note (wrapped)").isGreaterThan(1);
      ClientHarness.save(client.grab(), shot + "-note");
      pupil.click(1, pupil.button(Ui.SAVE.in(language)));
      // The message shows for 4 s: its place is taken in the same frame it is seen.
      AtomicReference<float[]> message = new AtomicReference<>();
      client.awaitTrue(() -> {
        if (Ui.NOTE_SAVED.in(language).equals(hud.saying())) {
          message.set(box((Panel) client.app.getGuiNode().getChild("message"), client));
        }
        return message.get() != null;
      }, 30);
      ClientHarness.save(client.grab(), shot + "-saved");
      assertInside(message.get(), "the message's plate");
      JsonNode work = lesson.awaitWork(session.path("id").asText(), w -> w.path("notes").size() == 1);
      assertThat(work.path("notes").toString()).as("the note as typed (no line breaks of the box's own)")
          .contains("\"" + NOTE + "\"");

      teacher.command("pause", "");
      GuidedState guided = client.state(GuidedState.class);
      client.awaitTrue(guided::pausedSignShown, 10);
      client.awaitFrames(3);
      Vector3f dimmed = client.call(() -> ((Panel) guided.pausedSign().getChild(0)).getSize().clone());
      assertThat(dimmed.x).as("dimmed width").isGreaterThanOrEqualTo(width);
      assertThat(dimmed.y).as("dimmed height").isGreaterThanOrEqualTo(height);
      assertInside(client, () -> (Panel) guided.pausedSign().getChild(1), "the eyes-on message");
      ClientHarness.save(client.grab(), shot + "-eyes-on");
      teacher.command("resume", "");
    }
  }

  /** Fails unless the panel lies inside the window. */
  private static void assertInside(ClientHarness client, Callable<Panel> panel, String what) throws Exception {
    assertInside(client.call(() -> box(panel.call(), client)), what);
  }

  /** Left, bottom, right, top of a panel on the screen, and the window's width and height; or null. */
  private static float[] box(Panel p, ClientHarness client) {
    if (p == null) {
      return null;
    }
    Vector3f at = p.getWorldTranslation();
    // The preferred size: a panel attached this frame is laid out to it in the next.
    Vector3f size = p.getPreferredSize().mult(p.getWorldScale());
    return new float[] {at.x, at.y - size.y, at.x + size.x, at.y, client.app.getCamera().getWidth(),
        client.app.getCamera().getHeight()};
  }

  private static void assertInside(float[] box, String what) {
    assertThat(box).as(what).isNotNull();
    assertThat(box[0]).as("%s: left", what).isGreaterThanOrEqualTo(0);
    assertThat(box[1]).as("%s: bottom", what).isGreaterThanOrEqualTo(0);
    assertThat(box[2]).as("%s: right, window %s wide", what, box[4]).isLessThanOrEqualTo(box[4]);
    assertThat(box[3]).as("%s: top, window %s tall", what, box[5]).isLessThanOrEqualTo(box[5]);
  }

  /** The most lines any text of the panel is laid out in. */
  private static int maxLines(Spatial panel) {
    List<Integer> lines = new ArrayList<>();
    panel.depthFirstTraversal((SceneGraphVisitor) s -> {
      if (s instanceof BitmapText text) {
        lines.add(text.getLineCount());
      }
    });
    return lines.stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  /** xdotool key names that type a text of small letters and spaces. */
  private static String[] keys(String text) {
    return text.chars().mapToObj(c -> c == ' ' ? "space" : String.valueOf((char) c)).toArray(String[]::new);
  }
}
