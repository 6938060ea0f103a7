package fi.retki.scenes.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JoinCodesAndNicknamesTest {
  @Test
  void codesAreSixCharactersWithoutLookAlikesAndNeverRepeatAnOpenOne() {
    assertThat(JoinCodes.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
    SplittableRandom random = new SplittableRandom(7);
    Set<String> open = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      String code = JoinCodes.next(random, open);
      assertThat(code).hasSize(6).matches("[" + JoinCodes.ALPHABET + "]{6}");
      assertThat(open.add(code)).isTrue();
    }
  }

  @Test
  void aTypedCodeIsForgivingAboutCaseSpacesAndDashes() {
    assertThat(JoinCodes.normalize(" abc-234 ")).isEqualTo("ABC234");
    assertThat(JoinCodes.normalize("ABC23O")).as("O is never in a code").isNull();
    assertThat(JoinCodes.normalize("ABC23")).isNull();
  }

  @Test
  void nicknamesAreTrimmedAndMadeUniqueWithinTwentyCharacters() {
    assertThat(Nicknames.clean("  Aino   Virtanen ")).isEqualTo("Aino Virtanen");
    assertThat(Nicknames.clean("")).isNull();
    assertThat(Nicknames.clean("a\tb")).isEqualTo("a b");
    assertThat(Nicknames.clean("zero\u200Bwidth")).isNull();
    assertThat(Nicknames.unique("Aino", List.of("aino", "Aino 2"))).isEqualTo("Aino 3");
    assertThat(Nicknames.unique("x".repeat(20), List.of("x".repeat(20)))).isEqualTo("x".repeat(18) + " 2");
  }
}
