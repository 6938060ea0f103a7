package fi.retki.server.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The devices a teacher has signed in from: a cookie the server signs on every successful
 * sign-in, naming the teacher, that lets her sign in from that device while her name is locked
 * by someone else's wrong guesses. Pure apart from {@link #inDataDir}; time is passed in.
 */
final class KnownDevices {
  /*
   * The cookie's value is teacherId.deviceId.issuedSeconds.mac, the mac being HMAC-SHA256 of
   * the rest under a 256-bit key that only this server has (a file in the data directory,
   * readable by the server's user alone). The device id is random, made when the device is first
   * known and kept on every later sign-in, so that the device's own typo budget follows it. A
   * lost or replaced key only makes every device unknown again: nothing else depends on it. The
   * cookie is HttpOnly, SameSite=Strict and sent only to /api/login, so no page script and no
   * other site's page can read or send it.
   */
  static final String COOKIE = "retki_device";
  static final Duration LIFETIME = Duration.ofDays(400);
  static final String KEY_FILE = "known-devices.key";
  private static final int KEY_BYTES = 32;
  private static final int DEVICE_ID_BYTES = 16;
  private static final int MAX_VALUE = 256;
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  /** A device's proof: the teacher it signed in as, and its own id. */
  record Device(String teacherId, String deviceId) {}

  private final SecretKeySpec key;
  private final SecureRandom random;

  KnownDevices(byte[] key, SecureRandom random) {
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException("a device key is " + KEY_BYTES + " bytes, not " + key.length);
    }
    this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    this.random = random;
  }

  /**
   * The key kept in {@code dataDir}, made on the first start (readable by the server's user
   * only). Blocking.
   */
  /** The key the nodes of a cluster share in their database, made by the first node to start. */
  static KnownDevices shared(fi.retki.server.store.ServerSecrets secrets) {
    SecureRandom random = new SecureRandom();
    return new KnownDevices(secrets.getOrMake("known-devices", KEY_BYTES, random), random);
  }

  static KnownDevices inDataDir(Path dataDir) {
    SecureRandom random = new SecureRandom();
    Path file = dataDir.resolve(KEY_FILE);
    try {
      byte[] key = read(file);
      if (key.length != KEY_BYTES) {
        // Cut short by a crash while it was first written: a new key only forgets the devices.
        key = new byte[KEY_BYTES];
        random.nextBytes(key);
        createOwnerOnly(file);
        Files.write(file, key, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
      }
      return new KnownDevices(key, random);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or make the device key " + file + ": " + e.getMessage(), e);
    }
  }

  /** The cookie's value for this teacher's device; a new device id if {@code deviceId} is null. */
  String cookieValue(String teacherId, String deviceId, long nowMillis) {
    if (teacherId.indexOf('.') >= 0) {
      throw new IllegalArgumentException("a teacher id for a device cookie has no '.', not " + teacherId);
    }
    String device = deviceId != null ? deviceId : newDeviceId();
    String signed = teacherId + "." + device + "." + nowMillis / 1000;
    return signed + "." + mac(signed);
  }

  /** The device this cookie value proves, if it is signed by this server and not older than its lifetime. */
  Optional<Device> verify(String value, long nowMillis) {
    if (value == null || value.length() > MAX_VALUE) {
      return Optional.empty();
    }
    String[] parts = value.split("\\.", -1);
    if (parts.length != 4 || parts[0].isEmpty() || parts[1].isEmpty()) {
      return Optional.empty();
    }
    String expected = mac(parts[0] + "." + parts[1] + "." + parts[2]);
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
        parts[3].getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    long issuedMillis;
    try {
      issuedMillis = Long.parseLong(parts[2]) * 1000;
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (nowMillis - issuedMillis >= LIFETIME.toMillis()) {
      return Optional.empty();
    }
    return Optional.of(new Device(parts[0], parts[1]));
  }

  private String newDeviceId() {
    byte[] id = new byte[DEVICE_ID_BYTES];
    random.nextBytes(id);
    return BASE64URL.encodeToString(id);
  }

  private String mac(String signed) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return BASE64URL.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  private static byte[] read(Path file) throws IOException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new byte[0];
    }
  }

  private static void createOwnerOnly(Path file) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (FileAlreadyExistsException e) {
      // Left empty or short by a crash: overwritten by the caller.
    } catch (UnsupportedOperationException e) {
      try {
        Files.createFile(file);
      } catch (FileAlreadyExistsException exists) {
        // As above.
      }
    }
  }
}
