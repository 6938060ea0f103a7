package fi.retki.scenes;

import java.util.Objects;

/** A text in Finnish, Swedish and English; none may be missing. */
public record LocalizedText(String fi, String sv, String en) {
  public LocalizedText {
    Objects.requireNonNull(fi, "fi");
    Objects.requireNonNull(sv, "sv");
    Objects.requireNonNull(en, "en");
  }

  /** The text in the given language. */
  public String get(Language language) {
    switch (language) {
      case FI:
        return fi;
      case SV:
        return sv;
      default:
        return en;
    }
  }
}
