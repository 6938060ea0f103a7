package fi.retki.scenes;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a scene is for: a field trip to explore, or a place to plan together. */
public enum SceneKind {
  FIELD_TRIP("field-trip"), PLANNING("planning");

  private final String code;

  SceneKind(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  /** The kind with this code, or {@code null}. */
  public static SceneKind ofCode(String code) {
    for (SceneKind kind : values()) {
      if (kind.code.equals(code)) {
        return kind;
      }
    }
    return null;
  }
}
