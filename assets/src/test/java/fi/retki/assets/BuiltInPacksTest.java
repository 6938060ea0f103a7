package fi.retki.assets;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.assets.pack.PackValidator;
import fi.retki.assets.pack.ValidatedPack;
import fi.retki.scenes.Language;
import fi.retki.scenes.Movement;
import fi.retki.scenes.PointOfInterest;
import fi.retki.scenes.Preset;
import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneKind;
import fi.retki.scenes.TourStop;
import fi.retki.scenes.UiMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in packs hold what the product promises teachers and daycare staff. */
class BuiltInPacksTest {
  static final Path PACKS = Path.of("..", "scenes", "packs");
  static final List<String> FIELD_TRIPS = List.of("rainforest", "lunar-surface", "sea-floor", "medieval-town");

  static Scene validScene(String id) {
    ValidatedPack pack = PackValidator.validate(PACKS.resolve(id));
    assertThat(pack.problems()).as("problems in %s", id).isEmpty();
    return pack.scene();
  }

  @Test
  void packFolder_holdsExactlyTheFiveBuiltInPacks() throws IOException {
    try (Stream<Path> dirs = Files.list(PACKS)) {
      assertThat(dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("rainforest", "lunar-surface", "sea-floor", "medieval-town", "school-yard");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"rainforest", "lunar-surface", "sea-floor", "medieval-town"})
  void fieldTrip_hasSixPointsOfInterest_ambientSound_andANarratedDaycareTour(String id) {
    Scene scene = validScene(id);

    assertThat(scene.kind()).isEqualTo(SceneKind.FIELD_TRIP);
    assertThat(scene.pointsOfInterest()).hasSizeGreaterThanOrEqualTo(6);
    assertThat(scene.ambientAudio()).isNotNull();
    assertThat(scene.objects()).hasSizeGreaterThanOrEqualTo(10);

    Preset daycare = scene.preset("daycare");
    assertThat(daycare).as("daycare preset").isNotNull();
    assertThat(daycare.movement()).isEqualTo(Movement.NONE);
    assertThat(daycare.ui()).isEqualTo(UiMode.ICONS);
    assertThat(daycare.narration()).isTrue();
    assertThat(daycare.timerMinutes()).isPositive();
    assertThat(daycare.cameraSpeed()).isLessThanOrEqualTo(0.5);
    assertThat(daycare.tour().stream().map(TourStop::poi))
        .containsExactlyElementsOf(scene.pointsOfInterest().stream().map(PointOfInterest::id).collect(Collectors.toList()));
    for (PointOfInterest poi : scene.pointsOfInterest()) {
      assertThat(poi.narration().keySet()).as("narration of %s", poi.id()).containsExactlyInAnyOrder(Language.values());
    }
  }

  @Test
  void schoolYard_isAPlanningSceneWithTwelveOrMoreKindsOfYardObjects() {
    Scene scene = validScene("school-yard");

    assertThat(scene.kind()).isEqualTo(SceneKind.PLANNING);
    assertThat(scene.palette()).isNotNull();
    assertThat(scene.palette().kinds()).hasSizeGreaterThanOrEqualTo(12);
    assertThat(scene.palette().kinds()).extracting(k -> k.id())
        .contains("tree", "bench", "swing", "slide", "climbing-frame", "football-goal", "basketball-hoop",
            "sandbox", "flower-bed", "bike-rack", "table-tennis", "shelter");
    assertThat(scene.palette().kinds()).allSatisfy(kind -> {
      assertThat(kind.footprint().width()).isPositive();
      assertThat(kind.footprint().depth()).isPositive();
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"rainforest", "lunar-surface", "sea-floor", "medieval-town", "school-yard"})
  void everyText_isWrittenInFinnishSwedishAndEnglish_andTheLanguagesDiffer(String id) {
    Scene scene = validScene(id);
    for (PointOfInterest poi : scene.pointsOfInterest()) {
      assertThat(poi.text().fi()).as("%s %s", id, poi.id()).isNotEqualTo(poi.text().en()).isNotEqualTo(poi.text().sv());
      assertThat(poi.text().sv()).isNotEqualTo(poi.text().en());
    }
  }

  @Test
  void sourcePacks_stayUnder60MiB_andCarry2048PixelTextures() throws IOException {
    long total;
    try (Stream<Path> files = Files.walk(PACKS)) {
      total = files.filter(Files::isRegularFile).mapToLong(BuiltInPacksTest::size).sum();
    }
    assertThat(total).isLessThan(60L * 1024 * 1024);

    for (String id : FIELD_TRIPS) {
      assertThat(ImageIO.read(PACKS.resolve(id).resolve(validScene(id).sky().texture().value()).toFile()).getWidth())
          .as("sky of %s", id).isEqualTo(2048);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
