package fi.retki.scenes.live;

import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Join codes: 6 characters a child can read off a projector and type, from 25 characters with no
 * look-alikes among them. The server draws them from a {@code SecureRandom}.
 */
public final class JoinCodes {
  /*
   * Children mix up 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V and G/6/9 (and Q/O, W/VV). From each group the
   * code uses one member, the one a Finnish or Swedish child meets most in words (O, L, S, B, U)
   * or, where the letter is rare in those languages, the digit (2 for Z, 6 for G and 9); Q and W
   * are left out, being rare in Finnish and unlike any one kept character. normalize reads every
   * other member of a group as the kept one, so "5" typed for "S" still joins.
   *
   * 25^6 = 244,140,625 codes. With 40 sessions open a guess hits one with a chance of 1 in
   * 6.1 million; the join guard allows an address 30 wrong codes, then one every 2 seconds, so one
   * address needs on average 6.1 million guesses, about 141 days, to hit any session.
   */

  /** The characters of a code. */
  public static final String ALPHABET = "ABCDEFHJKLMNOPRSTUXY23467";
  /** Characters read as the kept member of their look-alike group: {@code LOOK_ALIKES[i]} as {@code READ_AS[i]}. */
  static final String LOOK_ALIKES = "0Q1IZ58VG9";
  static final String READ_AS = "OOLL2SBU66";
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

  /**
   * The code as a person typed it, made canonical: upper case, no spaces or dashes, look-alikes
   * read as the character the code uses ("5" as "S", "0" as "O"); {@code null} if it cannot be one.
   */
  public static String normalize(String typed) {
    if (typed == null) {
      return null;
    }
    String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (code.length() != LENGTH) {
      return null;
    }
    StringBuilder canonical = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      char c = code.charAt(i);
      int alike = LOOK_ALIKES.indexOf(c);
      char read = alike >= 0 ? READ_AS.charAt(alike) : c;
      if (ALPHABET.indexOf(read) < 0) {
        return null;
      }
      canonical.append(read);
    }
    return canonical.toString();
  }
}
