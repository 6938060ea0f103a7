package fi.retki.tools.content;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.scenes.Language;
import fi.retki.scenes.LocalizedText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The texts of the built-in packs: every point of interest, in three real languages. */
class TextsTest {
  static final Map<String, List<String>> POINTS = Map.of(
      "rainforest", List.of("kapok-tree", "canopy", "sloth", "understory", "forest-floor", "poison-dart-frog", "river"),
      "lunar-surface", List.of("lander", "footprints", "crater", "earth-in-sky", "regolith", "rover", "mare"),
      "sea-floor", List.of("sea-star", "coral-reef", "sea-turtle", "kelp-forest", "fish-school", "shipwreck", "deep-water"),
      "medieval-town", List.of("castle", "church", "market-square", "town-wall", "blacksmith", "townhouses", "well"),
      "school-yard", List.of("school-building", "sports-field", "sandpit", "yard-plan"));

  private static void threeLanguages(LocalizedText text, int min, int max) {
    for (Language language : Language.values()) {
      assertThat(text.get(language).strip()).hasSizeBetween(min, max);
    }
    assertThat(text.fi()).isNotEqualTo(text.sv()).isNotEqualTo(text.en());
    assertThat(text.sv()).isNotEqualTo(text.en());
  }

  @Test
  void everyPackHasItsPointsOfInterestInOrderWithTextsInFinnishSwedishAndEnglish() {
    POINTS.forEach((pack, ids) -> {
      Texts texts = Texts.of(pack);
      assertThat(texts.poiIds()).as(pack).containsExactlyElementsOf(ids);
      threeLanguages(texts.title(), 3, 80);
      threeLanguages(texts.summary(), 40, 400);
      for (String id : ids) {
        threeLanguages(texts.poiTitle(id), 3, 80);
        threeLanguages(texts.poiText(id), 200, 1200);
      }
    });
  }

  @Test
  void theSchoolYardPaletteHasFourteenKindsWithTitles() {
    Texts texts = Texts.of("school-yard");
    for (String kind : List.of("tree", "bush", "bench", "picnic-table", "swing", "slide", "climbing-frame", "sandbox",
        "football-goal", "basketball-hoop", "table-tennis", "flower-bed", "bike-rack", "shelter")) {
      LocalizedText title = texts.paletteTitle(kind);
      assertThat(title.en()).isNotBlank();
      assertThat(title.fi()).isNotEqualTo(title.en());
    }
  }
}
