package fi.retki.scenes.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.retki.scenes.Language;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PictureCodeTest {
  @Test
  void thereAreSixteenPicturesWithANameInEveryLanguage() {
    assertThat(Picture.values()).hasSize(16);
    assertThat(PictureCode.COUNT).isEqualTo(16 * 16 * 16 * 16);
    for (Language language : Language.values()) {
      Set<String> names = new HashSet<>();
      for (Picture picture : Picture.values()) {
        assertThat(names.add(picture.nameIn(language))).as("%s in %s", picture, language).isTrue();
      }
    }
    assertThat(Picture.CAT.nameIn(Language.FI)).isEqualTo("kissa");
    assertThat(Picture.ofWireName("cat")).isEqualTo(Picture.CAT);
    assertThat(Picture.ofWireName("CAT")).isNull();
  }

  @Test
  void next_drawsFourPicturesNeverRepeatingAnOpenCode_andUsesEveryPicture() {
    SplittableRandom random = new SplittableRandom(11);
    Set<PictureCode> open = new HashSet<>();
    Set<Picture> seen = EnumSet.noneOf(Picture.class);
    for (int i = 0; i < 30_000; i++) {
      PictureCode code = PictureCode.next(random, open);
      assertThat(code.pictures()).hasSize(4);
      assertThat(open.add(code)).isTrue();
      seen.addAll(code.pictures());
    }
    assertThat(seen).hasSize(16);
  }

  @Test
  void next_findsTheLastFreeCode_andRefusesWhenAllAreTaken() {
    Set<PictureCode> taken = new HashSet<>();
    for (Picture a : Picture.values()) {
      for (Picture b : Picture.values()) {
        for (Picture c : Picture.values()) {
          for (Picture d : Picture.values()) {
            taken.add(new PictureCode(List.of(a, b, c, d)));
          }
        }
      }
    }
    PictureCode last = new PictureCode(List.of(Picture.SUN, Picture.SUN, Picture.CAT, Picture.FISH));
    taken.remove(last);

    assertThat(PictureCode.next(new SplittableRandom(3), taken)).isEqualTo(last);
    taken.add(last);
    assertThatThrownBy(() -> PictureCode.next(new SplittableRandom(3), taken))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aCodeIsReadFromItsWireNamesAndItsKey_andNothingElse() {
    PictureCode code = PictureCode.of(List.of("cat", "apple", "fish", "sun"));

    assertThat(code.pictures()).containsExactly(Picture.CAT, Picture.APPLE, Picture.FISH, Picture.SUN);
    assertThat(code.key()).isEqualTo("cat-apple-fish-sun");
    assertThat(PictureCode.ofKey(code.key())).isEqualTo(code);
    assertThat(code.names()).containsExactly("cat", "apple", "fish", "sun");
    assertThat(PictureCode.of(List.of("cat", "apple", "fish"))).isNull();
    assertThat(PictureCode.of(List.of("cat", "apple", "fish", "sun", "sun"))).isNull();
    assertThat(PictureCode.of(List.of("cat", "apple", "fish", "unicorn"))).isNull();
    assertThat(PictureCode.ofKey("cat-apple-fish-")).isNull();
    assertThat(PictureCode.ofKey(null)).isNull();
  }
}
