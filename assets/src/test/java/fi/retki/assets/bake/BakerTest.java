package fi.retki.assets.bake;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.assets.TestPacks;
import fi.retki.assets.gltf.Glb;
import fi.retki.assets.gltf.GlbFile;
import fi.retki.assets.image.ImageSize;
import fi.retki.assets.image.Images;
import fi.retki.assets.store.ContentStore;
import fi.retki.scenes.SceneJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BakerTest {
  @TempDir Path tmp;

  private static ManifestAsset asset(Manifest manifest, String path) {
    return manifest.assets().stream().filter(a -> a.path().equals(path)).findFirst().orElseThrow();
  }

  @Test
  void aPackBecomesThreeManifestsInStreamingOrder() throws Exception {
    Path pack = TestPacks.write(tmp.resolve("pond"));
    ContentStore store = ContentStore.open(tmp.resolve("store"));
    BakeResult result = new Baker(store).bake(pack);

    assertThat(result.problems()).isEmpty();
    assertThat(result.tiers()).extracting(Manifest::tier).containsExactly("low", "mid", "high");
    Manifest mid = result.tiers().get(1);
    assertThat(mid.assets()).extracting(ManifestAsset::path).containsExactly(
        "scene.json", "textures/sky.jpg", "models/ground.glb", "models/tree.glb", "audio/ambient.ogg",
        "models/rock.glb", "audio/narration/pond-fi.ogg", "audio/narration/pond-sv.ogg",
        "audio/narration/pond-en.ogg", "textures/thumbnail.jpg");
    assertThat(mid.assets()).extracting(ManifestAsset::firstView)
        .containsExactly(true, true, true, true, false, false, false, false, false, false);
    assertThat(mid.assets()).extracting(ManifestAsset::priority).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(mid.totalBytes()).isEqualTo(mid.assets().stream().mapToLong(ManifestAsset::size).sum());
    assertThat(asset(mid, "models/ground.glb").mediaType()).isEqualTo("model/gltf-binary");
    assertThat(asset(mid, "scene.json").mediaType()).isEqualTo("application/vnd.retki.scene+json");

    Manifest onDisk = SceneJson.mapper().readValue(
        Files.readAllBytes(store.root().resolve("manifests/pond/mid.json")), Manifest.class);
    assertThat(onDisk).isEqualTo(mid);
    for (ManifestAsset asset : mid.assets()) {
      assertThat(store.read(asset.sha256())).hasSize((int) asset.size());
    }
  }

  @Test
  void texturesAreCappedPerTierInsideModelsToo() throws Exception {
    Path pack = TestPacks.write(tmp.resolve("pond"));
    ContentStore store = ContentStore.open(tmp.resolve("store"));
    List<Manifest> tiers = new Baker(store).bake(pack).tiers();
    int[] expected = {512, 1024, 2048};
    for (int i = 0; i < 3; i++) {
      Manifest manifest = tiers.get(i);
      ImageSize sky = Images.size(store.read(asset(manifest, "textures/sky.jpg").sha256()));
      assertThat(sky).isEqualTo(new ImageSize(expected[i], expected[i] / 2));
      GlbFile ground = Glb.parse(store.read(asset(manifest, "models/ground.glb").sha256()));
      byte[] bin = ground.bin();
      var view = ground.json().path("bufferViews").get(1);
      byte[] texture = java.util.Arrays.copyOfRange(bin, view.path("byteOffset").asInt(),
          view.path("byteOffset").asInt() + view.path("byteLength").asInt());
      assertThat(Images.size(texture).longerSide()).isEqualTo(expected[i]);
    }
    assertThat(asset(tiers.get(0), "audio/ambient.ogg").sha256())
        .as("audio is the same in every tier").isEqualTo(asset(tiers.get(2), "audio/ambient.ogg").sha256());
    assertThat(tiers.get(0).totalBytes()).isLessThan(tiers.get(1).totalBytes());
    assertThat(tiers.get(1).totalBytes()).isLessThan(tiers.get(2).totalBytes());
  }

  @Test
  void bakingAnUnchangedPackAgainWritesNothing() throws Exception {
    Path pack = TestPacks.write(tmp.resolve("pond"));
    ContentStore store = ContentStore.open(tmp.resolve("store"));
    BakeResult first = new Baker(store).bake(pack);
    long writes = store.writes();
    assertThat(first.blobsWritten()).isGreaterThan(10);

    BakeResult second = new Baker(store).bake(pack);
    assertThat(store.writes()).isEqualTo(writes);
    assertThat(second.unchanged()).isTrue();
    assertThat(second.blobsWritten()).isZero();
    assertThat(second.blobsPresent()).isEqualTo(first.blobsWritten());
    assertThat(second.tiers()).isEqualTo(first.tiers());

    ContentStore reopened = ContentStore.open(tmp.resolve("store"));
    Files.delete(reopened.root().resolve("manifests/pond/bake.json"));
    BakeResult withoutStamp = new Baker(reopened).bake(pack);
    assertThat(withoutStamp.blobsWritten()).as("content addressing alone").isZero();
    assertThat(reopened.writes()).as("only the stamp").isEqualTo(1);
  }

  @Test
  void changingOneFileWritesOnlyItsBlobsAndTheManifests() throws Exception {
    Path pack = TestPacks.write(tmp.resolve("pond"));
    ContentStore store = ContentStore.open(tmp.resolve("store"));
    new Baker(store).bake(pack);
    Files.write(pack.resolve("audio/ambient.ogg"), "OggS other sound".getBytes());
    long before = store.writes();
    BakeResult again = new Baker(store).bake(pack);
    assertThat(again.blobsWritten()).isEqualTo(1);
    assertThat(store.writes() - before).as("1 blob, 3 manifests, 1 stamp").isEqualTo(5);
  }

  @Test
  void aBadPackIsNotBakedAndNothingIsWritten() throws Exception {
    Path pack = TestPacks.write(tmp.resolve("pond"));
    Files.delete(pack.resolve("models/rock.glb"));
    ContentStore store = ContentStore.open(tmp.resolve("store"));
    BakeResult result = new Baker(store).bake(pack);
    assertThat(result.ok()).isFalse();
    assertThat(result.problems()).extracting(Object::toString)
        .containsExactly("pond/scene.json: $.objects[0].model: \"models/rock.glb\" is not in the pack; "
            + "add the file or fix the path");
    assertThat(store.writes()).isZero();
  }
}
