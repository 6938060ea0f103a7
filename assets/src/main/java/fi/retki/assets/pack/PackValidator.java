package fi.retki.assets.pack;

import java.nio.file.Path;

/** Checks a scene pack: its scene.json, and every file it uses. */
public final class PackValidator {
  private PackValidator() {}

  /** Checks the pack in {@code dir}, reporting every problem found. Never throws for bad content. */
  public static ValidatedPack validate(Path dir) {
    throw new UnsupportedOperationException("not yet");
  }
}
