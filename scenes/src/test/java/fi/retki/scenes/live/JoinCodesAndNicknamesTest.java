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
    SplittableRandom random = new SplittableRandom(7);
    Set<String> open = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      String code = JoinCodes.next(random, open);
      assertThat(code).hasSize(6).matches("[" + JoinCodes.ALPHABET + "]{6}");
      assertThat(open.add(code)).isTrue();
    }
  }

  @Test
  void theAlphabetKeepsOneMemberOfEveryGroupOfLookAlikes() {
    List<String> groups = List.of("0OQ", "1IL", "2Z", "5S", "8B", "UV", "G69", "VW");
    for (String group : groups) {
      long kept = group.chars().filter(c -> JoinCodes.ALPHABET.indexOf(c) >= 0).count();
      assertThat(kept).as("characters of %s in the alphabet", group).isLessThanOrEqualTo(1);
    }
    assertThat(JoinCodes.ALPHABET).hasSize(25);
    assertThat(JoinCodes.ALPHABET.chars().distinct().count()).isEqualTo(25);
  }

  @Test
  void aTypedLookAlikeIsReadAsTheCharacterTheCodeUses() {
    assertThat(JoinCodes.normalize("0Q1I2Z")).isEqualTo("OOLL22");
    assertThat(JoinCodes.normalize("58VG9S")).isEqualTo("SBU66S");
    assertThat(JoinCodes.normalize("abc-o5l")).isEqualTo("ABCOSL");
    for (char typed : (JoinCodes.LOOK_ALIKES + JoinCodes.ALPHABET).toCharArray()) {
      String code = JoinCodes.normalize(String.valueOf(typed).repeat(6));
      assertThat(code).as("typed %s", typed).isNotNull().matches("[" + JoinCodes.ALPHABET + "]{6}");
    }
  }

  @Test
  void aTypedCodeIsForgivingAboutCaseSpacesAndDashes() {
    assertThat(JoinCodes.normalize(" abc-234 ")).isEqualTo("ABC234");
    assertThat(JoinCodes.normalize("ABC23W")).as("W is never in a code, nor like one character of it").isNull();
    assertThat(JoinCodes.normalize("ABC23Ä")).isNull();
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
