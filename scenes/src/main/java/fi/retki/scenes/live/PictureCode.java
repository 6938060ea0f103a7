package fi.retki.scenes.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A picture code: four {@link Picture}s in order, the join code of children who cannot read yet.
 * A picture may come more than once. Its key ({@code apple-cat-fish-sun}) is how it is stored.
 *
 * @param pictures the four pictures, in the order they are clicked
 */
public record PictureCode(List<Picture> pictures) {
  /*
   * 16^4 = 65,536 codes: far fewer than the letter codes, because a child clicks only four. With
   * 40 sessions open a guess hits one with a chance of 1 in 1,638. The join guard counts wrong
   * picture codes with wrong letter codes, per address: 30, then one every 2 seconds. So one
   * address hits some session within its first 30 guesses with a chance of about 1 in 55, and on
   * average after about 55 minutes of guessing. What a lucky guess gives is a place in a roster
   * the teacher sees, under a nickname the teacher can remove, in a class the teacher can lock.
   */

  /** How many pictures a code has. */
  public static final int LENGTH = 4;
  /** How many different codes there are. */
  public static final int COUNT = 65_536;

  public PictureCode {
    if (pictures == null || pictures.size() != LENGTH || pictures.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException("a picture code is " + LENGTH + " pictures");
    }
    pictures = List.copyOf(pictures);
  }

  /** A code not in {@code taken}, drawn from {@code random}. */
  public static PictureCode next(RandomGenerator random, Set<PictureCode> taken) {
    if (taken.size() >= COUNT) {
      throw new IllegalStateException("all " + COUNT + " picture codes are in use");
    }
    Picture[] all = Picture.values();
    while (true) {
      List<Picture> pictures = new ArrayList<>(LENGTH);
      for (int i = 0; i < LENGTH; i++) {
        pictures.add(all[random.nextInt(all.length)]);
      }
      PictureCode code = new PictureCode(pictures);
      if (!taken.contains(code)) {
        return code;
      }
    }
  }

  /** The code the wire names spell ({@code ["apple", "cat", "fish", "sun"]}), or {@code null} if they spell none. */
  public static PictureCode of(List<String> names) {
    if (names == null || names.size() != LENGTH) {
      return null;
    }
    List<Picture> pictures = new ArrayList<>(LENGTH);
    for (String name : names) {
      Picture picture = Picture.ofWireName(name);
      if (picture == null) {
        return null;
      }
      pictures.add(picture);
    }
    return new PictureCode(pictures);
  }

  /** The code with this key ({@code apple-cat-fish-sun}), or {@code null}. */
  public static PictureCode ofKey(String key) {
    return key == null ? null : of(List.of(key.split("-", -1)));
  }

  /** The wire names, in order. */
  public List<String> names() {
    List<String> names = new ArrayList<>(LENGTH);
    pictures.forEach(picture -> names.add(picture.wireName()));
    return names;
  }

  /** The stored form: the wire names joined by dashes. */
  public String key() {
    return String.join("-", names());
  }
}
