package fi.retki.assets.pack;

import fi.retki.scenes.PackPath;
import fi.retki.scenes.Problem;
import fi.retki.scenes.Scene;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A scene pack after checking: its scene and files, or the problems that stop it being baked.
 *
 * @param dir the pack folder
 * @param scene the scene, or {@code null} if {@code scene.json} could not be read
 * @param files every file the scene uses, by pack path, resolved inside {@code dir}
 * @param problems everything wrong with the pack; empty if it can be baked
 */
public record ValidatedPack(Path dir, Scene scene, Map<PackPath, Path> files, List<Problem> problems) {
  public ValidatedPack {
    files = Map.copyOf(files);
    problems = List.copyOf(problems);
  }

  /** True if the pack has no problems. */
  public boolean ok() {
    return scene != null && problems.isEmpty();
  }
}
