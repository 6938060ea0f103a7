package fi.retki.client.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jme3.asset.DesktopAssetManager;
import com.jme3.font.BitmapFont;
import com.jme3.font.BitmapText;
import fi.retki.scenes.Language;
import fi.retki.scenes.SceneJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every character a pupil may meet has a real glyph in the client's font: the texts of every
 * built-in pack (every string in its scene.json: titles, points of interest, palette) in fi, sv
 * and en, the client's own words, and nicknames from a class's names. A character no glyph covers
 * (an emoji) is drawn as the placeholder box, never dropped.
 */
class UiFontTest {
  static final Path PACKS = Path.of("..", "scenes", "packs");
  static UiFont font;

  @BeforeAll
  static void drawTheFont() {
    font = UiFont.load(new DesktopAssetManager(true));
  }

  @Test
  void everyCharacterOfEveryPack_hasAGlyph() throws IOException {
    List<String> texts = packTexts();
    assertThat(texts).as("texts of the built-in packs").hasSizeGreaterThan(100);
    assertThat(String.join("", texts)).as("the packs have non-Latin-1 characters to check").contains("–");
    assertThat(missing(texts)).as("characters without a glyph, with a text each").isEmpty();
  }

  @Test
  void everyWordOfTheClient_hasAGlyph() {
    List<String> texts = new ArrayList<>();
    for (Ui word : Ui.values()) {
      for (Language language : Language.values()) {
        texts.add(word.in(language));
      }
    }
    assertThat(missing(texts)).as("characters without a glyph").isEmpty();
  }

  @Test
  void nicknames_fromAnyClassroom_haveGlyphs() {
    List<String> nicknames = List.of("Åsa", "Väinö", "Zoë", "Jürgen", "Łukasz", "Şule", "Nguyễn Thị", "Ольга",
        "Ελένη", "Ánnámáret", "Dženana", "Ōta", "“Mia”", "O’Brien", "Lea • 4B");
    assertThat(missing(nicknames)).as("characters without a glyph").isEmpty();
  }

  @Test
  void anEnDash_takesItsPlace() {
    // jME's own font had no en dash and dropped it: "30–45 m" was as wide as "3045 m".
    BitmapFont jme = font.font();
    assertThat(jme.getLineWidth("30–45 m")).isGreaterThan(jme.getLineWidth("3045 m") + 10);
    BitmapText text = new BitmapText(jme);
    text.setText("30–45 m");
    assertThat(text.getLineWidth()).isEqualTo(jme.getLineWidth("30–45 m"));
  }

  @Test
  void anUnknownCharacter_isDrawnAsTheBox_notDropped() {
    String fox = "🦊";
    assertThat(font.covers(fox.codePointAt(0))).isFalse();
    assertThat(font.drawsAsPlaceholder(fox.charAt(0))).as("the emoji's first half").isTrue();
    assertThat(font.covers('一')).isFalse();
    BitmapFont jme = font.font();
    float box = jme.getLineWidth("一");
    assertThat(box).as("the box's width").isGreaterThan(10);
    assertThat(jme.getLineWidth("Aino " + fox + " 4B")).as("one emoji, one box")
        .isEqualTo(jme.getLineWidth("Aino 一 4B"));
    assertThat(font.drawsAsPlaceholder('\n')).as("a line feed is laid out, not boxed").isFalse();
  }

  /** Each character without a glyph, with the first text it is in. */
  private static Map<String, String> missing(List<String> texts) {
    Map<String, String> missing = new TreeMap<>();
    for (String text : texts) {
      text.codePoints().filter(cp -> !Character.isISOControl(cp) && !font.covers(cp))
          .forEach(cp -> missing.putIfAbsent(String.format("U+%04X %s", cp, Character.getName(cp)), text));
    }
    return missing;
  }

  private static List<String> packTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> packs = Files.list(PACKS)) {
      for (Path pack : packs.filter(p -> Files.isRegularFile(p.resolve("scene.json"))).toList()) {
        strings(SceneJson.mapper().readTree(pack.resolve("scene.json").toFile()), texts);
      }
    }
    return texts;
  }

  private static void strings(JsonNode node, List<String> into) {
    if (node.isTextual()) {
      into.add(node.asText());
    }
    node.forEach(child -> strings(child, into));
  }
}
