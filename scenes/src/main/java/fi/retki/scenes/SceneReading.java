package fi.retki.scenes;

import java.util.List;

/**
 * What reading a {@code scene.json} gave: the scene, or every problem found in it.
 *
 * @param scene the scene, or {@code null} when there were problems
 */
public record SceneReading(Scene scene, List<Problem> problems) {
  public SceneReading {
    problems = List.copyOf(problems);
    if ((scene == null) == problems.isEmpty()) {
      throw new IllegalArgumentException("a reading has either a scene or problems");
    }
  }

  /** True if the file was read without problems. */
  public boolean ok() {
    return scene != null;
  }
}
