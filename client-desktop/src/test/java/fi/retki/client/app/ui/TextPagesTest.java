package fi.retki.client.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextPagesTest {
  @Test
  void aTextThatFits_isOnePage() {
    assertThat(TextPages.split("Short. Text.", t -> true)).containsExactly("Short. Text.");
  }

  @Test
  void sentencesFillPages_inOrder_andNothingIsLost() {
    String text = "One two three. Four five. Six seven eight nine.";
    List<String> pages = TextPages.split(text, t -> t.length() <= 26);
    assertThat(pages).containsExactly("One two three. Four five.", "Six seven eight nine.");
    assertThat(String.join(" ", pages)).isEqualTo(text);
  }

  @Test
  void aSentenceTooLongForAPage_isSplitByWords() {
    List<String> pages = TextPages.split("Aa bb cc dd ee ff.", t -> t.length() <= 8);
    assertThat(pages).containsExactly("Aa bb cc", "dd ee", "ff.");
    assertThat(pages).allMatch(p -> p.length() <= 8);
  }
}
