package fi.retki.assets.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A content-addressed store on disk.
 *
 * <pre>
 * root/blobs/ab/abcdef…   a blob, named by the sha256 of its bytes
 * root/manifests/…        manifests and other small named files
 * root/tmp/               files being written
 * </pre>
 *
 * <p>Writes are atomic: temp file, {@code fsync}, rename, then {@code fsync} of the folder, so a
 * crash leaves either the whole file or none. A blob that already exists is not written again.
 * A blob is deleted only if no named file mentions it, so that the assets of a baked scene are
 * never deleted, whoever asks.
 */
public final class ContentStore {
  private final Path root;
  private final Path blobs;
  private final Path tmp;
  private final AtomicLong writes = new AtomicLong();

  private ContentStore(Path root) {
    this.root = root;
    this.blobs = root.resolve("blobs");
    this.tmp = root.resolve("tmp");
  }

  /** Opens (creating if needed) the store in {@code root}. */
  public static ContentStore open(Path root) throws IOException {
    ContentStore store = new ContentStore(root);
    Files.createDirectories(store.blobs);
    Files.createDirectories(store.tmp);
    Files.createDirectories(root.resolve("manifests"));
    return store;
  }

  public Path root() {
    return root;
  }

  /** Files written since the store was opened (blobs and named files); for tests and reports. */
  public long writes() {
    return writes.get();
  }

  /** Where the blob's file is (whether or not it exists). */
  public Path path(String sha256) {
    if (!Sha256.isValid(sha256)) {
      throw new IllegalArgumentException("\"" + sha256 + "\" is not a sha256: use 64 lowercase hex digits");
    }
    return blobs.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  public boolean has(String sha256) {
    return Files.isRegularFile(path(sha256));
  }

  /** The blob's size, or -1 if it is not in the store. */
  public long size(String sha256) throws IOException {
    Path file = path(sha256);
    return Files.isRegularFile(file) ? Files.size(file) : -1;
  }

  /** Stores {@code data} under its hash; writes nothing if it is already there. */
  public BlobRef put(byte[] data) throws IOException {
    String sha = Sha256.of(data);
    Path target = path(sha);
    if (!Files.isRegularFile(target) || Files.size(target) != data.length) {
      writeAtomically(target, data);
    }
    return new BlobRef(sha, data.length);
  }

  /**
   * Deletes the blobs among {@code sha256s} that no named file of the store (a manifest, a bake
   * stamp) mentions; the others, and those not in the store, are left alone. Each deletion is
   * atomic: the blob is there whole or gone. The named files are read once per call.
   *
   * @return the blobs deleted
   */
  public Set<String> delete(Collection<String> sha256s) throws IOException {
    Set<String> wanted = new LinkedHashSet<>();
    for (String sha : sha256s) {
      if (Files.isRegularFile(path(sha))) {
        wanted.add(sha);
      }
    }
    if (wanted.isEmpty()) {
      return Set.of();
    }
    wanted.removeAll(named(wanted));
    Set<String> deleted = new LinkedHashSet<>();
    for (String sha : wanted) {
      Path file = path(sha);
      if (Files.deleteIfExists(file)) {
        syncFolder(file.getParent());
        deleted.add(sha);
      }
    }
    return deleted;
  }

  /** Deletes one blob unless a named file mentions it; true if it was deleted. */
  public boolean delete(String sha256) throws IOException {
    return !delete(List.of(sha256)).isEmpty();
  }

  /** The hashes among {@code candidates} that some named file's text contains. */
  private Set<String> named(Set<String> candidates) throws IOException {
    Set<String> found = new HashSet<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
        return folder.equals(blobs) || folder.equals(tmp) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        if (attributes.isRegularFile()) {
          String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
          for (String sha : candidates) {
            if (text.contains(sha)) {
              found.add(sha);
            }
          }
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return found;
  }

  /** The blob's bytes, checked against its size and hash. */
  public byte[] read(String sha256) throws IOException {
    byte[] data = Files.readAllBytes(path(sha256));
    String actual = Sha256.of(data);
    if (!actual.equals(sha256)) {
      throw new CorruptBlobException("blob " + sha256 + " is corrupt: its " + data.length + " bytes hash to " + actual);
    }
    return data;
  }

  /** A small named file under the root, e.g. {@code manifests/rainforest/mid.json}; {@code null} if absent. */
  public byte[] readFile(String relative) throws IOException {
    Path file = named(relative);
    return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
  }

  /**
   * Writes a small named file atomically, unless it already holds exactly these bytes.
   *
   * @return true if the file was written
   */
  public boolean writeFile(String relative, byte[] data) throws IOException {
    Path file = named(relative);
    if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), data)) {
      return false;
    }
    Files.createDirectories(file.getParent());
    writeAtomically(file, data);
    return true;
  }

  private Path named(String relative) {
    Path base = root.normalize();
    Path file = root.resolve(relative).normalize();
    // Judge the normalized path: "manifests/../blobs/x" must not reach the blobs either.
    if (!file.startsWith(base) || file.equals(base) || file.startsWith(base.resolve("blobs"))
        || file.startsWith(base.resolve("tmp"))) {
      throw new IllegalArgumentException("\"" + relative + "\" is not a name for a file in the store");
    }
    return file;
  }

  private void writeAtomically(Path target, byte[] data) throws IOException {
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(tmp, target.getFileName().toString(), ".part");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(data);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      } catch (FileAlreadyExistsException e) {
        // another writer put the same content there first
      }
      syncFolder(target.getParent());
      writes.incrementAndGet();
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // not every file system lets a folder be opened for sync; the rename itself is atomic
    }
  }
}
