package fi.retki.scenes;

import java.util.Objects;

/**
 * Something wrong with a content file, said for a person: which file, where in it, and what
 * would be right.
 *
 * @param file the file as the user named it, e.g. {@code rainforest/scene.json}
 * @param location a JSON path ({@code $.pointsOfInterest[3].title.sv}), a {@code line:column},
 *     or {@code null} when the problem is with the file as a whole
 * @param message what is wrong, naming the bad value, and what would be right
 */
public record Problem(String file, String location, String message) {
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** A problem with a whole file. */
  public static Problem inFile(String file, String message) {
    return new Problem(file, null, message);
  }

  /** As printed by the tools: {@code file: $.path: message}, {@code file:12:5: message} or {@code file: message}. */
  @Override
  public String toString() {
    if (location == null) {
      return file + ": " + message;
    }
    if (location.startsWith("$")) {
      return file + ": " + location + ": " + message;
    }
    return file + ":" + location + ": " + message;
  }
}
