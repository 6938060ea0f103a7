package fi.retki.server;

import fi.retki.assets.bake.BakeResult;
import fi.retki.assets.bake.Baker;
import fi.retki.assets.store.ContentStore;
import fi.retki.scenes.Problem;
import fi.retki.server.config.ServerConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Puts the built-in scene packs (shipped inside the server) into the data directory and bakes
 * them into its store. Idempotent: unchanged files are not copied again and unchanged packs are
 * not baked again, so a restart costs a few hashes. Runs on a worker thread.
 *
 * <p>Public for other modules' tests, which start a real server over the built-in scenes.
 */
public final class BuiltInScenes {
  static final String RESOURCE = "/fi/retki/server/packs";

  private BuiltInScenes() {}

  static Future<List<BakeResult>> prepare(Vertx vertx, ServerConfig config) {
    return vertx.executeBlocking(() -> prepare(config.dataDir()), false);
  }

  /** Copies the built-in packs into {@code dataDir} and bakes them into its store; blocks. */
  public static List<BakeResult> prepare(Path dataDir) throws IOException {
    URL url = BuiltInScenes.class.getResource(RESOURCE);
    if (url == null) {
      throw new IOException("this build of the server has no built-in scene packs (" + RESOURCE + ")");
    }
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    if (!uri.getScheme().equals("jar")) {
      return copyAndBake(Path.of(uri), dataDir);
    }
    FileSystem jar;
    try {
      jar = FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      jar = FileSystems.getFileSystem(uri);
    }
    return copyAndBake(jar.getPath(RESOURCE), dataDir);
  }

  private static List<BakeResult> copyAndBake(Path source, Path dataDir) throws IOException {
    fi.retki.server.store.OwnerOnly.newFolder(dataDir);
    Path packs = dataDir.resolve("packs");
    List<String> ids;
    try (Stream<Path> dirs = Files.list(source)) {
      ids = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString().replace("/", ""))
          .sorted().collect(Collectors.toList());
    }
    for (String id : ids) {
      copyTree(source.resolve(id), packs.resolve(id));
    }
    // The store holds pupils' snapshots beside the scenes: only the server's user may read it.
    Baker baker = new Baker(ContentStore.open(fi.retki.server.store.OwnerOnly.folder(dataDir.resolve("store"))));
    List<BakeResult> results = new ArrayList<>();
    for (String id : ids) {
      BakeResult result = baker.bake(packs.resolve(id));
      if (!result.ok()) {
        throw new IOException("built-in pack " + id + " does not bake: "
            + result.problems().stream().map(Problem::toString).collect(Collectors.joining("; ")));
      }
      results.add(result);
    }
    return results;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).collect(Collectors.toList());
    }
    for (Path file : files) {
      Path target = to.resolve(from.relativize(file).toString());
      byte[] bytes = Files.readAllBytes(file);
      if (Files.isRegularFile(target) && Files.size(target) == bytes.length
          && Arrays.equals(Files.readAllBytes(target), bytes)) {
        continue;
      }
      Files.createDirectories(target.getParent());
      Files.write(target, bytes);
    }
  }
}
