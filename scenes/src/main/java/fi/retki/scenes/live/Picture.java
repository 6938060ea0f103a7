package fi.retki.scenes.live;

import fi.retki.scenes.Language;
import fi.retki.scenes.LocalizedText;
import java.util.Locale;

/**
 * The 16 pictures of a picture code: things a 6-year-old names at a glance, each with its own
 * shape and colour. The names are for alt text and screen readers; the pictures themselves carry
 * no text. The order is fixed: it is how the join screen lays them out.
 */
public enum Picture {
  APPLE("omena", "äpple", "apple"),
  BANANA("banaani", "banan", "banana"),
  PEAR("päärynä", "päron", "pear"),
  GRAPES("viinirypäleet", "vindruvor", "grapes"),
  WATERMELON("vesimeloni", "vattenmelon", "watermelon"),
  CARROT("porkkana", "morot", "carrot"),
  MUSHROOM("sieni", "svamp", "mushroom"),
  SUN("aurinko", "sol", "sun"),
  CAT("kissa", "katt", "cat"),
  DOG("koira", "hund", "dog"),
  FISH("kala", "fisk", "fish"),
  PENGUIN("pingviini", "pingvin", "penguin"),
  FROG("sammakko", "groda", "frog"),
  PIG("possu", "gris", "pig"),
  SNAIL("etana", "snigel", "snail"),
  BUTTERFLY("perhonen", "fjäril", "butterfly");

  private final LocalizedText text;

  Picture(String fi, String sv, String en) {
    this.text = new LocalizedText(fi, sv, en);
  }

  /** The name in the live protocol and in URLs: {@code apple}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What the picture shows, in words: for alt text and screen readers. */
  public String nameIn(Language language) {
    return text.get(language);
  }

  /** The picture with this wire name, or {@code null}. */
  public static Picture ofWireName(String name) {
    for (Picture picture : values()) {
      if (picture.wireName().equals(name)) {
        return picture;
      }
    }
    return null;
  }
}
