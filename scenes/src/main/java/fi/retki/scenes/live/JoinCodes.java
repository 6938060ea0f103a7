package fi.retki.scenes.live;

import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Join codes: 6 characters a child can read off a screen and type, from an alphabet without
 * look-alikes (no 0/O, no 1/I/L). 31^6, about 890 million codes; the server draws them from a
 * {@code SecureRandom}, so they cannot be guessed.
 */
public final class JoinCodes {
  public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  public static final int LENGTH = 6;

  private JoinCodes() {}

  /** A code no open session has. */
  public static String next(RandomGenerator random, Set<String> taken) {
    while (true) {
      StringBuilder code = new StringBuilder(LENGTH);
      for (int i = 0; i < LENGTH; i++) {
        code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      if (!taken.contains(code.toString())) {
        return code.toString();
      }
    }
  }

  /** The code as a person typed it, made canonical (upper case, no spaces or dashes); {@code null} if it cannot be one. */
  public static String normalize(String typed) {
    if (typed == null) {
      return null;
    }
    String code = typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    if (code.length() != LENGTH) {
      return null;
    }
    for (int i = 0; i < LENGTH; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return null;
      }
    }
    return code;
  }
}
