package fi.retki.scenes;

import com.fasterxml.jackson.annotation.JsonValue;

/** How much user interface a preset shows. */
public enum UiMode {
  /** Everything, with text. */
  FULL("full"),
  /** Big buttons, few words. */
  SIMPLE("simple"),
  /** Icons only, nothing to read (for children who cannot read yet). */
  ICONS("icons");

  private final String code;

  UiMode(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  /** The mode with this code, or {@code null}. */
  public static UiMode ofCode(String code) {
    for (UiMode mode : values()) {
      if (mode.code.equals(code)) {
        return mode;
      }
    }
    return null;
  }
}
