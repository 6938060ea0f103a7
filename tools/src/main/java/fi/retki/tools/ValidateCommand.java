package fi.retki.tools;

import fi.retki.assets.pack.PackValidator;
import fi.retki.assets.pack.ValidatedPack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retki validate PACK...}: checks packs and prints every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check scene packs: scene.json and every file it names. Prints every problem.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PACK", description = "scene pack folders")
  List<Path> packs;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PackReport report = new PackReport(spec.commandLine().getOut(), spec.commandLine().getErr());
    for (Path dir : packs) {
      ValidatedPack pack = PackValidator.validate(dir);
      report.problems(pack.problems());
      if (pack.ok()) {
        long bytes = Files.size(dir.resolve("scene.json"));
        for (Path file : pack.files().values()) {
          bytes += Files.size(file);
        }
        report.line(PackReport.name(dir) + ": ok (" + (pack.files().size() + 1) + " files, "
            + PackReport.mib(bytes) + ")");
      }
    }
    return report.finish("checked");
  }
}
