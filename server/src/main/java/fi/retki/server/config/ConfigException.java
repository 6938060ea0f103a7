package fi.retki.server.config;

import java.util.List;

/** The configuration cannot be used; each problem names the setting and where it came from. */
public final class ConfigException extends Exception {
  private final List<String> problems;

  ConfigException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
