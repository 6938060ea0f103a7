package fi.retki.tools;

import fi.retki.assets.bake.BakeResult;
import fi.retki.assets.bake.Baker;
import fi.retki.assets.bake.Manifest;
import fi.retki.assets.bake.SceneTriangles;
import fi.retki.assets.store.ContentStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retki bake PACK... --out STORE}: validates packs and bakes them into a content store. */
@Command(name = "bake", mixinStandardHelpOptions = true,
    description = "Validate scene packs and bake them into a content store: blobs plus a manifest per tier "
        + "(low, mid, high). An unchanged pack is not baked again.")
final class BakeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PACK", description = "scene pack folders")
  List<Path> packs;

  @Option(names = "--out", paramLabel = "STORE", defaultValue = "data/store",
      description = "the content store folder (default: ${DEFAULT-VALUE})")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    PackReport report = new PackReport(spec.commandLine().getOut(), spec.commandLine().getErr());
    ContentStore store = ContentStore.open(out);
    Baker baker = new Baker(store);
    int written = 0;
    int present = 0;
    for (Path dir : packs) {
      BakeResult result = baker.bake(dir);
      report.problems(result.problems());
      if (!result.ok()) {
        continue;
      }
      written += result.blobsWritten();
      present += result.blobsPresent();
      List<String> tiers = new ArrayList<>();
      for (Manifest manifest : result.tiers()) {
        tiers.add(String.format(Locale.ROOT, "%s %s %,d triangles", manifest.tier(),
            PackReport.mib(manifest.totalBytes()), SceneTriangles.count(store, manifest)));
      }
      report.line(String.format(Locale.ROOT, "%s: %s; %d assets; %s; %d %s written, %d already present",
          result.scene(), result.unchanged() ? "unchanged" : "baked", result.tiers().get(0).assets().size(),
          String.join(", ", tiers), result.blobsWritten(), PackReport.plural(result.blobsWritten(), "blob"),
          result.blobsPresent()));
    }
    report.line(String.format(Locale.ROOT, "store %s: %d %s written, %d already present, in %.1f s", out,
        written, PackReport.plural(written, "blob"), present, (System.nanoTime() - started) / 1e9));
    return report.finish("baked");
  }
}
