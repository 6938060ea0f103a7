package fi.retki.client.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The nickname last used to join on this computer, in {@code nickname.txt} beside the settings
 * file: the picture-join screen offers it, so a child who cannot type their name yet finds it
 * there. A missing or unreadable file is no nickname.
 */
final class LastNickname {
  private static final int MAX = 20;

  private LastNickname() {}

  /** The file beside {@code settingsFile}, or null when there is no settings file. */
  static Path file(Path settingsFile) {
    return settingsFile == null ? null : settingsFile.resolveSibling("nickname.txt");
  }

  static String load(Path file) {
    try {
      if (file == null || !Files.isRegularFile(file) || Files.size(file) > 4 * MAX) {
        return null;
      }
      String name = Files.readString(file, StandardCharsets.UTF_8).strip();
      return name.isEmpty() || name.length() > MAX ? null : name;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Remembers the name (atomically); a file that cannot be written is no harm. */
  static void save(Path file, String name) {
    if (file == null || name == null || name.isBlank() || name.strip().length() > MAX) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), "nickname", ".tmp");
      Files.writeString(temp, name.strip(), StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // Only a convenience: the next child types the name.
    }
  }
}
