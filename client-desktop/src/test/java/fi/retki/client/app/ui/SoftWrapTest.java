package fi.retki.client.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SoftWrapTest {
  /** Every character one unit wide, lines ten wide. */
  private final SoftWrap wrap = new SoftWrap(String::length, 10);

  @Test
  void aLongLine_breaksAtTheLastSpaceThatFits_andTheTextStaysAsTyped() {
    String typed = "the kapok tree is taller than our school";
    assertThat(wrap.rewrap(typed)).isEqualTo("the kapok\ntree is\ntaller\nthan our\nschool");
    assertThat(wrap.text()).isEqualTo(typed);
  }

  @Test
  void typingOn_keepsEarlierBreaks_andMovesLaterOnes() {
    String shown = wrap.rewrap("aaaa bbbb cccc dddd");
    assertThat(shown).isEqualTo("aaaa bbbb\ncccc dddd");
    // The pupil types "x" at the start: the field now holds the shown text with one more letter.
    assertThat(wrap.rewrap("x" + shown)).isEqualTo("xaaaa bbbb\ncccc dddd");
    assertThat(wrap.text()).isEqualTo("xaaaa bbbb cccc dddd");
    String more = wrap.rewrap("xaaaa bbbb\ncccc dddd eeee");
    assertThat(more).isEqualTo("xaaaa bbbb\ncccc dddd\neeee");
    assertThat(wrap.text()).isEqualTo("xaaaa bbbb cccc dddd eeee");
  }

  @Test
  void deletingAWord_joinsTheLinesAgain() {
    wrap.rewrap("aaaa bbbb cccc");
    assertThat(wrap.rewrap("aaaa bbbb\n")).isEqualTo("aaaa bbbb ");
    assertThat(wrap.text()).isEqualTo("aaaa bbbb ");
  }

  @Test
  void linesThePupilBroke_stay() {
    assertThat(wrap.rewrap("one\ntwo three four")).isEqualTo("one\ntwo three\nfour");
    assertThat(wrap.text()).isEqualTo("one\ntwo three four");
  }

  @Test
  void aWordWiderThanTheLine_isLeftWhole() {
    assertThat(wrap.rewrap("a verylongwordindeed b")).isEqualTo("a\nverylongwordindeed\nb");
  }
}
