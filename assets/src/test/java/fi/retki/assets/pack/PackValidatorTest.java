package fi.retki.assets.pack;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.assets.TestFiles;
import fi.retki.assets.TestPacks;
import fi.retki.scenes.MediaType;
import fi.retki.scenes.PackPath;
import fi.retki.scenes.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackValidatorTest {
  @TempDir Path tmp;

  private static List<String> problems(ValidatedPack pack) {
    return pack.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  @Test
  void aSoundPackValidatesWithEveryUsedFileResolved() throws Exception {
    Path dir = TestPacks.write(tmp.resolve("pond"));
    ValidatedPack pack = PackValidator.validate(dir);
    assertThat(problems(pack)).isEmpty();
    assertThat(pack.ok()).isTrue();
    assertThat(pack.scene().id()).isEqualTo("pond");
    assertThat(pack.files()).hasSize(9).containsEntry(PackPath.of("models/tree.glb"), dir.resolve("models/tree.glb"));
  }

  @Test
  void aMissingFileIsNamedWithItsJsonPath() throws Exception {
    Path dir = TestPacks.write(tmp.resolve("pond"));
    Files.delete(dir.resolve("models/rock.glb"));
    assertThat(problems(PackValidator.validate(dir))).containsExactly(
        "pond/scene.json: $.objects[0].model: \"models/rock.glb\" is not in the pack; add the file or fix the path");
  }

  @Test
  void aLinkOutOfThePackIsRefused() throws Exception {
    Path dir = TestPacks.write(tmp.resolve("pond"));
    Path outside = Files.write(tmp.resolve("secret.glb"), TestFiles.triangle(null, null));
    Files.delete(dir.resolve("models/rock.glb"));
    Files.createSymbolicLink(dir.resolve("models/rock.glb"), outside);
    List<String> problems = problems(PackValidator.validate(dir));
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith("pond/models/rock.glb: is a link to ").endsWith(
        "secret.glb, outside the pack; copy the file into the pack instead");
    assertThat(problems.get(1)).contains("$.objects[0].model: \"models/rock.glb\" is not in the pack");
  }

  @Test
  void aLinkInsideThePackIsFine() throws Exception {
    Path dir = TestPacks.write(tmp.resolve("pond"));
    Files.delete(dir.resolve("models/rock.glb"));
    Files.createSymbolicLink(dir.resolve("models/rock.glb"), dir.resolve("models/tree.glb"));
    assertThat(problems(PackValidator.validate(dir))).isEmpty();
  }

  @Test
  void aFileWhoseExtensionLiesIsRefused() throws Exception {
    Path dir = TestPacks.write(tmp.resolve("pond"));
    Files.write(dir.resolve("textures/sky.jpg"), TestFiles.image(64, 32, MediaType.PNG));
    Files.write(dir.resolve("audio/ambient.ogg"), "ID3 not really ogg".getBytes());
    Files.write(dir.resolve("models/tree.glb"), "PK\u0003\u0004 a zip archive, not a model".getBytes());
    assertThat(problems(PackValidator.validate(dir))).containsExactly(
        "pond/textures/sky.jpg: the file is a PNG image but its name says JPEG; rename it or convert it",
        "pond/audio/ambient.ogg: is not an Ogg file (it does not start with \"OggS\"); save it as Ogg Vorbis",
        "pond/models/tree.glb: not a GLB file: the first four bytes are \"PK..\", a GLB starts with \"glTF\"");
  }

  @Test
  void aModelWithAnExternalUriIsRefused() throws Exception {
    Path dir = TestPacks.write(tmp.resolve("pond"));
    var json = TestFiles.triangleJson(36, 0, 0, null);
    ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("buffers").get(0)).put("uri", "/etc/passwd");
    Files.write(dir.resolve("models/rock.glb"), TestFiles.glb(json, null));
    assertThat(problems(PackValidator.validate(dir))).singleElement().asString()
        .startsWith("pond/models/rock.glb: $.buffers[0].uri: \"/etc/passwd\" points outside the file");
  }

  @Test
  void aFolderWithoutSceneJsonOrNoFolderAtAllIsNamed() throws Exception {
    Files.createDirectories(tmp.resolve("empty"));
    assertThat(problems(PackValidator.validate(tmp.resolve("empty"))))
        .containsExactly("empty/scene.json: missing; a scene pack needs a scene.json");
    assertThat(problems(PackValidator.validate(tmp.resolve("nowhere"))))
        .containsExactly("nowhere: is not a folder; a scene pack is a folder holding scene.json");
  }

  @Test
  void sceneJsonProblemsComeThroughWithThePackFolderInTheirName() throws Exception {
    Path dir = TestPacks.write(tmp.resolve("lake"));
    Files.writeString(dir.resolve("scene.json"),
        Files.readString(dir.resolve("scene.json")).replace("\"id\" : \"lake\"", "\"id\" : \"pond\""));
    assertThat(problems(PackValidator.validate(dir))).containsExactly(
        "lake/scene.json: $.id: \"pond\" differs from the pack folder \"lake\"; a scene's id is its folder's name");
  }
}
