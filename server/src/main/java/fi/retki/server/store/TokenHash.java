package fi.retki.server.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the server keeps instead of a secret token: the lower-case hex SHA-256 of its UTF-8 text.
 * Pupils' resume tokens are 256 random bits, like teachers' login tokens, so a plain hash (no
 * salt, no bcrypt) is enough to make a stolen copy of the database useless, and a token can still
 * be found by an equality lookup.
 */
public final class TokenHash {
  private static final int HEX_LENGTH = 64;

  private TokenHash() {}

  /** The hash of {@code token}. */
  public static String of(String token) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * True if {@code text} has the form of a hash (64 lower-case hex digits). Tokens are base64url
   * of 24 or 32 bytes (32 or 43 characters), so a token is never mistaken for a hash.
   */
  public static boolean isHash(String text) {
    if (text == null || text.length() != HEX_LENGTH) {
      return false;
    }
    for (int i = 0; i < HEX_LENGTH; i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }
}
