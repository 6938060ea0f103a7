package fi.retki.scenes;

import com.fasterxml.jackson.annotation.JsonValue;

/** The languages every Retki text is written in. */
public enum Language {
  FI("fi"), SV("sv"), EN("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code, as used in {@code scene.json}. */
  @JsonValue
  public String code() {
    return code;
  }

  /** The language with this code, or {@code null} if there is none. */
  public static Language ofCode(String code) {
    for (Language language : values()) {
      if (language.code.equals(code)) {
        return language;
      }
    }
    return null;
  }
}
