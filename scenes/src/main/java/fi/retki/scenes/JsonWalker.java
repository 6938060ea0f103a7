package fi.retki.scenes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads values out of a JSON tree for {@link SceneReader}, recording a {@link Problem} for
 * everything wrong instead of stopping at the first. Each reader returns {@code null} (or a
 * default) when the value is missing or bad, so the caller can carry on and find more.
 *
 * <p>All messages are written here, so they read the same everywhere: the JSON path, the bad
 * value, and what would be right.
 */
final class JsonWalker {
  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  JsonWalker(String file) {
    this.file = file;
  }

  List<Problem> problems() {
    return problems;
  }

  void problem(String path, String message) {
    problems.add(new Problem(file, path, message));
  }

  /** Reports fields of {@code object} that are not {@code known}. */
  void onlyFields(JsonNode object, String path, Set<String> known, String list) {
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      String name = it.next().getKey();
      if (!known.contains(name)) {
        problem(path + "." + name, "unknown field; expected one of " + list);
      }
    }
  }

  /** The object at {@code path}, or {@code null} after reporting it missing or not an object. */
  JsonNode object(JsonNode parent, String name, String path, boolean required) {
    JsonNode node = parent.get(name);
    if (node == null || (node.isNull() && !required)) {
      if (required) {
        problem(path, node == null ? "missing; add an object { ... }" : "null is not allowed; use an object { ... }");
      }
      return null;
    }
    if (!node.isObject()) {
      problem(path, describe(node) + "; use an object { ... }");
      return null;
    }
    return node;
  }

  /** The array at {@code path}, or {@code null} after reporting it. */
  JsonNode array(JsonNode parent, String name, String path, boolean required) {
    JsonNode node = parent.get(name);
    if (node == null) {
      if (required) {
        problem(path, "missing; add an array [ ... ]");
      }
      return null;
    }
    if (!node.isArray()) {
      problem(path, describe(node) + "; use an array [ ... ]");
      return null;
    }
    return node;
  }

  String string(JsonNode parent, String name, String path, boolean required) {
    JsonNode node = parent.get(name);
    if (node == null) {
      if (required) {
        problem(path, "missing; add a string");
      }
      return null;
    }
    if (!node.isTextual()) {
      problem(path, describe(node) + "; use a string");
      return null;
    }
    return node.textValue();
  }

  /** A number within [min, max]; {@code fallback} if missing and optional, {@code NaN} if bad. */
  double number(JsonNode parent, String name, String path, double min, double max, Double fallback) {
    return number(parent.get(name), path, min, max, fallback);
  }

  /** The element {@code index} of an array, a number within [min, max]; {@code NaN} if bad. */
  double number(JsonNode array, int index, String path, double min, double max) {
    return number(array.get(index), path, min, max, null);
  }

  private double number(JsonNode node, String path, double min, double max, Double fallback) {
    String range = "a number from " + format(min) + " to " + format(max);
    if (node == null) {
      if (fallback == null) {
        problem(path, "missing; add " + range);
        return Double.NaN;
      }
      return fallback;
    }
    if (!node.isNumber()) {
      problem(path, describe(node) + "; use " + range);
      return Double.NaN;
    }
    double value = node.doubleValue();
    if (!(value >= min && value <= max)) {
      problem(path, node.asText() + " is out of range; use " + range);
      return Double.NaN;
    }
    return value;
  }

  /** A whole number within [min, max]; {@code fallback} if missing and optional, {@code null} if bad. */
  Integer integer(JsonNode parent, String name, String path, int min, int max, Integer fallback) {
    JsonNode node = parent.get(name);
    String range = "a whole number from " + min + " to " + max;
    if (node == null) {
      if (fallback == null) {
        problem(path, "missing; add " + range);
      }
      return fallback;
    }
    if (!node.isIntegralNumber() && !(node.isNumber() && node.doubleValue() == Math.rint(node.doubleValue()))) {
      problem(path, describe(node) + "; use " + range);
      return null;
    }
    long value = node.asLong();
    if (value < min || value > max) {
      problem(path, node.asText() + " is out of range; use " + range);
      return null;
    }
    return (int) value;
  }

  Boolean bool(JsonNode parent, String name, String path, boolean fallback) {
    JsonNode node = parent.get(name);
    if (node == null) {
      return fallback;
    }
    if (!node.isBoolean()) {
      problem(path, describe(node) + "; use true or false");
      return null;
    }
    return node.booleanValue();
  }

  /** Says what a bad value is: {@code "north" is a string}, {@code 3 is a number}. */
  static String describe(JsonNode node) {
    if (node.isTextual()) {
      return quote(node.textValue()) + " is a string";
    }
    if (node.isNumber()) {
      return node.asText() + " is a number";
    }
    if (node.isBoolean()) {
      return node.asText() + " is a boolean";
    }
    if (node.isNull()) {
      return "null is not allowed";
    }
    if (node.isArray()) {
      return "an array";
    }
    return "an object";
  }

  static String quote(String text) {
    String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
    return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }
}
