package fi.retki.scenes;

import com.fasterxml.jackson.annotation.JsonValue;

/** How freely a pupil may move the camera under a preset. */
public enum Movement {
  /** Walk and look around freely. */
  FREE("free"),
  /** The camera follows the teacher; free in between. */
  GUIDED("guided"),
  /** No movement at all: the camera runs a tour (daycare). */
  NONE("none");

  private final String code;

  Movement(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  /** The movement with this code, or {@code null}. */
  public static Movement ofCode(String code) {
    for (Movement movement : values()) {
      if (movement.code.equals(code)) {
        return movement;
      }
    }
    return null;
  }
}
