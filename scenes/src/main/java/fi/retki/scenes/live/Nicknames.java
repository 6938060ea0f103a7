package fi.retki.scenes.live;

import java.util.Collection;
import java.util.Locale;

/** Nicknames: what a pupil types instead of a name. 1 to 20 characters, no control characters. */
public final class Nicknames {
  public static final int MAX = 20;

  private Nicknames() {}

  /** The nickname trimmed and with runs of spaces made one; {@code null} if it is not acceptable. */
  public static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String text = raw.strip().replaceAll("\\s+", " ");
    if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        return null;
      }
    }
    return text;
  }

  /** The nickname, or with " 2", " 3"... added if someone in the class already has it (ignoring case). */
  public static String unique(String nickname, Collection<String> taken) {
    String candidate = nickname;
    for (int n = 2; contains(taken, candidate); n++) {
      String suffix = " " + n;
      String base = nickname.codePointCount(0, nickname.length()) + suffix.length() > MAX
          ? nickname.substring(0, nickname.offsetByCodePoints(0, MAX - suffix.length())) : nickname;
      candidate = base + suffix;
    }
    return candidate;
  }

  private static boolean contains(Collection<String> taken, String candidate) {
    String lower = candidate.toLowerCase(Locale.ROOT);
    for (String other : taken) {
      if (other.toLowerCase(Locale.ROOT).equals(lower)) {
        return true;
      }
    }
    return false;
  }
}
