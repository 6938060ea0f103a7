package fi.retki.tools.content;

import java.nio.file.Path;
import java.util.List;

/**
 * Makes the built-in scene packs' models, textures and scene.json:
 * {@code java -cp tools/target/retki.jar fi.retki.tools.content.PackGenerator scenes/packs}.
 * The same program always writes the same bytes.
 */
public final class PackGenerator {
  static final List<PackDesign> PACKS = List.of(
      new RainforestPack(), new LunarSurfacePack(), new SeaFloorPack(), new MedievalTownPack(), new SchoolYardPack());

  private PackGenerator() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: PackGenerator PACKS_FOLDER   (e.g. scenes/packs)");
      System.exit(64);
    }
    Path packs = Path.of(args[0]);
    for (PackDesign design : PACKS) {
      long started = System.nanoTime();
      PackWriter writer = generate(design);
      writer.write(packs);
      long bytes = writer.files().values().stream().mapToLong(b -> b.length).sum();
      System.out.printf("%s: %d files, %.1f MiB, %.1f s%n", design.id(), writer.files().size() + 1,
          bytes / 1048576.0, (System.nanoTime() - started) / 1e9);
    }
  }

  /** Builds one pack in memory. */
  static PackWriter generate(PackDesign design) {
    PackWriter writer = new PackWriter(design.id(), design.id().equals("school-yard")
        ? fi.retki.scenes.SceneKind.PLANNING : fi.retki.scenes.SceneKind.FIELD_TRIP);
    design.build(writer);
    return writer;
  }
}
