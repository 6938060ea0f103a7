package fi.retki.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownDevicesTest {
  private static final String TEACHER = "6f1c2a9e-0d3b-4e47-9a51-2b7c8d9e0f11";
  private static final long NOW = 1_800_000_000_000L;

  private final KnownDevices devices = new KnownDevices(new byte[32], new SecureRandom());

  @Test
  void aCookieItSignedNamesTheTeacherAndKeepsTheDeviceIdWhenRenewed() {
    String first = devices.cookieValue(TEACHER, null, NOW);
    KnownDevices.Device device = devices.verify(first, NOW + 1000).orElseThrow();
    assertThat(device.teacherId()).isEqualTo(TEACHER);
    String renewed = devices.cookieValue(TEACHER, device.deviceId(), NOW + 5000);
    assertThat(devices.verify(renewed, NOW + 6000)).contains(device);
    assertThat(devices.verify(devices.cookieValue(TEACHER, null, NOW), NOW).orElseThrow().deviceId())
        .as("another device").isNotEqualTo(device.deviceId());
  }

  @Test
  void aForgedOrChangedOrOldCookieProvesNothing() {
    String value = devices.cookieValue(TEACHER, null, NOW);
    String[] parts = value.split("\\.");
    assertThat(devices.verify(parts[0].replace('6', '7') + value.substring(parts[0].length()), NOW))
        .as("another teacher's id").isEmpty();
    assertThat(devices.verify(value.substring(0, value.length() - 2) + "AA", NOW)).as("a changed mac").isEmpty();
    assertThat(new KnownDevices(filled(1), new SecureRandom()).verify(value, NOW)).as("another server's key").isEmpty();
    assertThat(devices.verify(value, NOW + KnownDevices.LIFETIME.toMillis())).as("400 days old").isEmpty();
    assertThat(devices.verify("a.b.c", NOW)).isEmpty();
    assertThat(devices.verify("x".repeat(10_000), NOW)).isEmpty();
    assertThat(devices.verify(null, NOW)).isEmpty();
  }

  @Test
  void theKeyIsMadeOnceReadableByTheOwnerOnlyAndKeptAcrossStarts(@TempDir Path dir) throws Exception {
    String value = KnownDevices.inDataDir(dir).cookieValue(TEACHER, null, NOW);
    Path file = dir.resolve(KnownDevices.KEY_FILE);
    assertThat(Files.size(file)).isEqualTo(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(KnownDevices.inDataDir(dir).verify(value, NOW)).as("after a restart").isPresent();
    Files.write(file, new byte[0]);
    assertThat(KnownDevices.inDataDir(dir).verify(value, NOW)).as("a key cut short is replaced").isEmpty();
    assertThat(Files.size(file)).isEqualTo(32);
  }

  private static byte[] filled(int value) {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) value);
    return key;
  }
}
