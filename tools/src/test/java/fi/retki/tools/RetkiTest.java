package fi.retki.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The retki command, run in-process on the built-in packs and on broken copies of them. */
class RetkiTest {
  private static final Path PACKS = Path.of("../scenes/packs");
  @TempDir Path tmp;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = Retki.commandLine();
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    int exit = line.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Path copy(String pack) throws IOException {
    Path target = tmp.resolve(pack);
    try (Stream<Path> files = Files.walk(PACKS.resolve(pack))) {
      for (Path file : files.toArray(Path[]::new)) {
        Path to = target.resolve(PACKS.resolve(pack).relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return target;
  }

  @Test
  void validatingTheBuiltInPacksSucceeds() {
    Run run = run("validate", PACKS.resolve("rainforest").toString(), PACKS.resolve("school-yard").toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("rainforest: ok (").contains("school-yard: ok (")
        .contains("2 packs checked, no problems");
  }

  @Test
  void aBrokenPackExits65WithEveryProblemNamingFilePathAndValue() throws IOException {
    Path pack = copy("sea-floor");
    Path scene = pack.resolve("scene.json");
    Files.writeString(scene, Files.readString(scene).replace("\"cameraSpeed\" : 0.3", "\"cameraSpeed\" : 7.5"));
    Files.delete(pack.resolve("models/kelp-a.glb"));
    Run run = run("validate", pack.toString());
    assertThat(run.exit()).isEqualTo(65);
    assertThat(run.err()).contains("sea-floor/scene.json: $.objects[")
        .contains(".model: \"models/kelp-a.glb\" is not in the pack; add the file or fix the path")
        .contains("sea-floor/scene.json: $.presets[2].cameraSpeed: 7.5 is out of range; use a number from 0.1 to 3")
        .endsWith("1 pack checked, 1 with problems, 5 problems\n");
  }

  @Test
  void wrongUsageExits64() {
    assertThat(run("validate").exit()).isEqualTo(64);
    assertThat(run("shine").exit()).isEqualTo(64);
    Run none = run();
    assertThat(none.exit()).isEqualTo(64);
    assertThat(none.err()).contains("say what to do");
  }

  @Test
  void bakingTwiceWritesNoBlobTheSecondTime() throws IOException {
    Path pack = copy("school-yard");
    Path store = tmp.resolve("store");
    Run first = run("bake", pack.toString(), "--out", store.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).containsPattern("school-yard: baked; 36 assets; low [0-9.]+ MiB [0-9,]+ triangles, mid [0-9.]+ MiB "
        + "[0-9,]+ triangles, high [0-9.]+ MiB [0-9,]+ triangles; [0-9]+ blobs written, 0 already present");
    assertThat(store.resolve("manifests/school-yard/low.json")).exists();
    assertThat(store.resolve("manifests/school-yard/mid.json")).exists();
    assertThat(store.resolve("manifests/school-yard/high.json")).exists();

    Run second = run("bake", pack.toString(), "--out", store.toString());
    assertThat(second.exit()).isZero();
    assertThat(second.out()).contains("school-yard: unchanged;").contains("0 blobs written");
  }

  @Test
  void aLiveStormWithoutTheTeachersPasswordIsAUsageError() {
    StringWriter err = new StringWriter();
    CommandLine line = Retki.commandLine();
    line.setErr(new PrintWriter(err));
    ((StormCommand) line.getSubcommands().get("storm").getCommand()).env = java.util.Map.of();
    int exit = line.execute("storm", "--server", "http://127.0.0.1:9", "--live", "--teacher", "Anna");
    assertThat(exit).isEqualTo(Retki.USAGE);
    assertThat(err.toString())
        .contains("--live signs in as teacher \"Anna\": set RETKI_TEACHER_PASSWORD or give --password-file FILE");
  }

  @Test
  void aLiveStormWhoseDurationIsShorterThanOneGoToIsAUsageError() throws IOException {
    Path password = Files.writeString(tmp.resolve("password"), "secret-password\n");
    Run run = run("storm", "--server", "http://127.0.0.1:9", "--live", "--password-file", password.toString(),
        "--goto-every", "5s", "--live-duration", "2s");
    assertThat(run.exit()).isEqualTo(Retki.USAGE);
    assertThat(run.err()).contains("--live-duration 2s is shorter than --goto-every 5s");
  }
}
