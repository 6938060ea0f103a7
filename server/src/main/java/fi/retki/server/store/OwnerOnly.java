package fi.retki.server.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files that only the server's own user may read: the database and the content store
 * hold pupils' notes and snapshots. On a file system without POSIX permissions (Windows) nothing
 * is changed: there the folder's access list is the operator's to set.
 */
public final class OwnerOnly {
  private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private OwnerOnly() {}

  /**
   * Creates {@code folder} (and any missing parents) readable only by this user, or, if it
   * exists, takes every permission but the owner's away from it.
   */
  public static Path folder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      if (posix(folder.toAbsolutePath().getRoot())) {
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
      } else {
        Files.createDirectories(folder);
      }
    }
    restrict(folder, FOLDER);
    return folder;
  }

  /** Creates {@code folder} readable only by this user if it does not exist; an existing one is left as it is. */
  public static Path newFolder(Path folder) throws IOException {
    return Files.isDirectory(folder) ? folder : folder(folder);
  }

  /** Makes every file directly in {@code folder} readable and writable only by this user. */
  public static void files(Path folder) throws IOException {
    if (!posix(folder)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, Files::isRegularFile)) {
      for (Path file : files) {
        restrict(file, FILE);
      }
    }
  }

  private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
    if (view != null && !view.readAttributes().permissions().equals(permissions)) {
      view.setPermissions(permissions);
    }
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
