package fi.retki.scenes;

import java.util.Set;

/** Reads {@code scene.json} strictly, reporting every problem with its JSON path. */
public final class SceneReader {
  private SceneReader() {}

  /**
   * Reads a scene descriptor.
   *
   * @param fileName the file as the user should see it in messages, e.g. {@code rainforest/scene.json}
   * @param json the file's bytes
   * @param packFiles every regular file in the pack, as relative paths with {@code /}
   * @param expectedId the pack folder's name, which the scene's id must equal; {@code null} to skip
   */
  public static SceneReading read(String fileName, byte[] json, Set<String> packFiles, String expectedId) {
    throw new UnsupportedOperationException("not yet");
  }
}
