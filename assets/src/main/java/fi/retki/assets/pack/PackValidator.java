package fi.retki.assets.pack;

import fi.retki.assets.gltf.GlbChecks;
import fi.retki.assets.image.Images;
import fi.retki.scenes.AssetUse;
import fi.retki.scenes.MediaType;
import fi.retki.scenes.PackPath;
import fi.retki.scenes.Problem;
import fi.retki.scenes.SceneReader;
import fi.retki.scenes.SceneReading;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Checks a scene pack: its scene.json, and every file it uses. */
public final class PackValidator {
  /** The largest file a pack may hold. */
  public static final long MAX_FILE_BYTES = 64L << 20;

  private PackValidator() {}

  /** Checks the pack in {@code dir}, reporting every problem found. Never throws for bad content. */
  public static ValidatedPack validate(Path dir) {
    String name = dir.toAbsolutePath().normalize().getFileName().toString();
    List<Problem> problems = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      problems.add(Problem.inFile(name, "is not a folder; a scene pack is a folder holding scene.json"));
      return new ValidatedPack(dir, null, Map.of(), problems);
    }
    Set<String> files = listFiles(dir, name, problems);
    if (!files.contains("scene.json")) {
      problems.add(Problem.inFile(name + "/scene.json", "missing; a scene pack needs a scene.json"));
      return new ValidatedPack(dir, null, Map.of(), problems);
    }
    byte[] json;
    try {
      json = Files.readAllBytes(dir.resolve("scene.json"));
    } catch (IOException e) {
      problems.add(Problem.inFile(name + "/scene.json", "cannot be read: " + e.getMessage()));
      return new ValidatedPack(dir, null, Map.of(), problems);
    }
    SceneReading reading = SceneReader.read(name + "/scene.json", json, files, name);
    problems.addAll(reading.problems());
    if (!reading.ok()) {
      return new ValidatedPack(dir, null, Map.of(), problems);
    }
    Map<PackPath, Path> used = new TreeMap<>();
    Set<PackPath> unsound = new TreeSet<>();
    for (AssetUse use : reading.scene().assetUses()) {
      if (!used.containsKey(use.path())) {
        Path file = dir.resolve(use.path().value());
        used.put(use.path(), file);
        List<Problem> found = checkFile(name + "/" + use.path().value(), file, use.path().mediaType());
        if (!found.isEmpty()) {
          unsound.add(use.path());
        }
        problems.addAll(found);
      }
    }
    problems.addAll(SubjectView.check(name + "/scene.json", reading.scene(), dir, unsound));
    return new ValidatedPack(dir, problems.isEmpty() ? reading.scene() : null, used, problems);
  }

  /** The pack's regular files as relative paths; links that leave the pack are problems, not files. */
  private static Set<String> listFiles(Path dir, String name, List<Problem> problems) {
    Set<String> files = new TreeSet<>();
    Path root;
    try {
      root = dir.toRealPath();
    } catch (IOException e) {
      problems.add(Problem.inFile(name, "cannot be read: " + e.getMessage()));
      return files;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.forEach(path -> {
        String relative = dir.relativize(path).toString().replace('\\', '/');
        try {
          if (Files.isSymbolicLink(path)) {
            Path target = path.toRealPath();
            if (!target.startsWith(root)) {
              problems.add(Problem.inFile(name + "/" + relative, "is a link to " + target
                  + ", outside the pack; copy the file into the pack instead"));
              return;
            }
          }
          if (Files.isRegularFile(path)) {
            files.add(relative);
          }
        } catch (IOException e) {
          problems.add(Problem.inFile(name + "/" + relative, "is a link that leads nowhere: " + e.getMessage()));
        }
      });
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.add(Problem.inFile(name, "cannot be listed: " + e.getMessage()));
    }
    return files;
  }

  /** Checks one used file against its media type. */
  static List<Problem> checkFile(String shown, Path file, MediaType type) {
    byte[] data;
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        return List.of(Problem.inFile(shown, "has " + (size >> 20) + " MiB; a pack file may have at most "
            + (MAX_FILE_BYTES >> 20) + " MiB"));
      }
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
        return List.of(Problem.inFile(shown, "is not a regular file"));
      }
      data = Files.readAllBytes(file);
    } catch (IOException e) {
      return List.of(Problem.inFile(shown, "cannot be read: " + e.getMessage()));
    }
    switch (type) {
      case GLB:
        return GlbChecks.check(shown, data);
      case PNG:
      case JPEG:
        return Images.check(shown, data, type);
      case OGG:
        return startsWith(data, 0, "OggS") ? List.of()
            : List.of(Problem.inFile(shown, "is not an Ogg file (it does not start with \"OggS\"); save it as Ogg Vorbis"));
      case WAV:
        return startsWith(data, 0, "RIFF") && startsWith(data, 8, "WAVE") ? List.of()
            : List.of(Problem.inFile(shown, "is not a WAV file (no RIFF/WAVE header); save it as WAV"));
      default:
        return List.of(Problem.inFile(shown, "has a media type a pack cannot hold"));
    }
  }

  private static boolean startsWith(byte[] data, int at, String magic) {
    byte[] expected = magic.getBytes(StandardCharsets.US_ASCII);
    if (data.length < at + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (data[at + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
