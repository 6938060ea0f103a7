package fi.retki.scenes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * A file's path inside a scene pack: relative, written with {@code /}, no {@code .} or
 * {@code ..} segment. Construct with {@link #of}; the reader reports bad paths as problems.
 */
public record PackPath(String value) implements Comparable<PackPath> {
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._/-]+");

  public PackPath {
    String problem = problemWith(value);
    if (problem != null) {
      throw new IllegalArgumentException("\"" + value + "\" " + problem);
    }
  }

  @JsonCreator
  public static PackPath of(String value) {
    return new PackPath(value);
  }

  /**
   * What is wrong with a would-be pack path, phrased to follow the quoted value, or {@code null}
   * if it is a good one.
   */
  public static String problemWith(String value) {
    if (value == null || value.isEmpty()) {
      return "is empty; give a path inside the pack such as \"models/tree.glb\"";
    }
    if (value.startsWith("/") || value.matches("^[A-Za-z]:.*")) {
      return "is an absolute path; give a path relative to the pack folder";
    }
    if (value.contains("\\")) {
      return "uses '\\'; separate folders with '/'";
    }
    if (value.contains(":")) {
      return "looks like a URI; scene files may only name files inside the pack";
    }
    if (!ALLOWED.matcher(value).matches()) {
      return "has characters other than A-Z a-z 0-9 . _ - /";
    }
    for (String segment : value.split("/", -1)) {
      if (segment.equals("..")) {
        return "leaves the pack with '..'; name a file inside the pack";
      }
      if (segment.isEmpty() || segment.equals(".")) {
        return "has an empty or '.' segment";
      }
    }
    return null;
  }

  /** The media type that the extension gives, or {@code null} if it is unknown. */
  public MediaType mediaType() {
    return MediaType.ofFileName(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(PackPath other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
