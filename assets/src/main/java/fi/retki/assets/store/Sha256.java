package fi.retki.assets.store;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as 64 lowercase hex digits, the name of every blob. */
public final class Sha256 {
  private Sha256() {}

  public static String of(byte[] data) {
    return HexFormat.of().formatHex(digest().digest(data));
  }

  public static String of(ByteBuffer data) {
    MessageDigest digest = digest();
    digest.update(data);
    return HexFormat.of().formatHex(digest.digest());
  }

  /** True if {@code text} is 64 lowercase hex digits. */
  public static boolean isValid(String text) {
    if (text == null || text.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
