package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.jme3.math.Vector3f;
import com.jme3.post.Filter;
import com.jme3.post.ssao.SSAOFilter;
import com.jme3.shadow.DirectionalLightShadowFilter;
import fi.retki.assets.bake.Tier;
import fi.retki.client.app.look.LookFilter;
import fi.retki.client.app.state.WorldState;
import fi.retki.scenes.Fog;
import fi.retki.scenes.Ground;
import fi.retki.scenes.Lighting;
import fi.retki.scenes.PackPath;
import fi.retki.scenes.Pose;
import fi.retki.scenes.Rgb;
import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneObject;
import fi.retki.scenes.Sky;
import fi.retki.scenes.Vec3;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scene format's light, fog and exposure as drawn: a box on a grey square under a blue sky,
 * in a real window (Xvfb + Mesa in CI).
 */
class LookIT {
  private static final Pose EYE = new Pose(new Vec3(0, 4, 0), 0, -12);
  private static final Rgb FOG = Rgb.parse("#3a6f8f");

  @TempDir
  static Path temp;
  private static ClientHarness client;
  private static WorldState world;
  private static Map<String, Path> files;

  @BeforeAll
  static void start() throws Exception {
    TestModels.sky(temp.resolve("sky.png"), 0x4d88d0);
    TestModels.write(temp.resolve("ground.glb"), TestModels.ground(400, 0.55f, 0.55f, 0.55f));
    TestModels.write(temp.resolve("box.glb"), TestModels.box(2, 0.9f, 0.9f, 0.9f));
    files = Map.of("sky.png", temp.resolve("sky.png"), "models/ground.glb", temp.resolve("ground.glb"),
        "models/box.glb", temp.resolve("box.glb"));
    client = ClientHarness.start(640, 360);
    world = client.state(WorldState.class);
  }

  @AfterAll
  static void stop() throws Exception {
    client.close();
  }

  private static Lighting day(double sun) {
    return new Lighting(new Lighting.Sun(new Vec3(1, -1, 0.35), Rgb.parse("#fff4e0"), sun),
        new Lighting.Ambient(Rgb.parse("#9fb4d0"), 0.5));
  }

  private static Scene scene(Lighting lighting, Fog fog, double exposure) throws Exception {
    Scene template = Packs.scene("rainforest");
    return new Scene(template.format(), "look-test", template.kind(), template.title(), template.summary(),
        template.thumbnail(), EYE, new Sky(new PackPath("sky.png")), new Ground(new PackPath("models/ground.glb")),
        lighting, fog, exposure, null,
        List.of(new SceneObject("box", new PackPath("models/box.glb"), new Vec3(0, 0, -10), 0, 1)),
        List.of(), template.presets(), null);
  }

  private static BufferedImage show(Scene scene, Tier tier, String name) throws Exception {
    client.run(() -> {
      world.show(scene, files, tier);
      world.place(EYE);
    });
    client.awaitFrames(3);
    BufferedImage frame = client.grab();
    ClientHarness.save(frame, name);
    return frame;
  }

  /** Where a point of the world is on the screen (image rows run downwards). */
  private static int[] screen(float x, float y, float z) throws Exception {
    Vector3f s = client.call(() -> client.app.getCamera().getScreenCoordinates(new Vector3f(x, y, z)));
    return new int[] {Math.round(s.x), 360 - 1 - Math.round(s.y)};
  }

  @Test
  void fog_hidesTheFarGroundAndTheSkyInItsColour_butNotTheNearBox() throws Exception {
    BufferedImage frame = show(scene(day(3), new Fog(FOG, 60), 0), Tier.LOW, "look-fog");
    int[] sky = {320, 20};
    int[] farGround = screen(0, 0, -120);
    int[] box = screen(0, 1, -9);
    assertThat(distance(frame.getRGB(sky[0], sky[1]), FOG)).as("sky").isLessThanOrEqualTo(3);
    assertThat(distance(frame.getRGB(farGround[0], farGround[1]), FOG)).as("ground at 120 m").isLessThanOrEqualTo(3);
    // At 10 m of a 60 m fog the box keeps nearly its own colour (what it shows without fog).
    BufferedImage clear = show(scene(day(3), null, 0), Tier.LOW, "look-no-fog");
    int foggedBox = frame.getRGB(box[0], box[1]);
    assertThat(distance(foggedBox, clear.getRGB(box[0], box[1]))).as("box at 10 m, against no fog").isLessThan(25);
    assertThat(distance(foggedBox, FOG)).as("box at 10 m, against the fog's colour").isGreaterThan(25);
  }

  @Test
  void brighterExposure_givesABrighterFrame() throws Exception {
    double dark = FrameCheck.mean(show(scene(day(3), null, -1), Tier.LOW, "look-exposure-minus1"), 180, 360)[1];
    double normal = FrameCheck.mean(show(scene(day(3), null, 0), Tier.LOW, "look-exposure-0"), 180, 360)[1];
    double bright = FrameCheck.mean(show(scene(day(3), null, 1), Tier.LOW, "look-exposure-plus1"), 180, 360)[1];
    assertThat(normal).isGreaterThan(dark + 10);
    assertThat(bright).isGreaterThan(normal + 10);
  }

  @Test
  void brightScene_clipsNoPixelToPureWhite() throws Exception {
    BufferedImage frame = show(scene(day(3), null, 1.5), Tier.LOW, "look-bright");
    int white = 0;
    for (int y = 0; y < frame.getHeight(); y++) {
      for (int x = 0; x < frame.getWidth(); x++) {
        if ((frame.getRGB(x, y) & 0xffffff) == 0xffffff) {
          white++;
        }
      }
    }
    assertThat(white).isZero();
    int[] box = screen(0, 1, -9);
    int lit = frame.getRGB(box[0], box[1]) >> 8 & 0xff;
    int asLit = show(scene(day(3), null, 0), Tier.LOW, "look-exposure-0").getRGB(box[0], box[1]) >> 8 & 0xff;
    assertThat(lit).as("the box at +1.5 stops, against %s at 0: brighter, rolled off, not burnt out", asLit)
        .isGreaterThan(asLit + 20).isLessThan(255);
  }

  @Test
  void midTier_castsTheSunsShadow_lowTierDoesNot() throws Exception {
    Scene scene = scene(day(3), null, 0);
    BufferedImage low = show(scene, Tier.LOW, "look-shadow-low");
    List<Filter> lowFilters = client.call(world::filters);
    BufferedImage mid = show(scene, Tier.MID, "look-shadow-mid");
    List<Filter> midFilters = client.call(world::filters);
    assertThat(lowFilters).hasSize(1).first().isInstanceOf(LookFilter.class);
    assertThat(midFilters).hasAtLeastOneElementOfType(DirectionalLightShadowFilter.class)
        .hasAtLeastOneElementOfType(SSAOFilter.class);
    assertThat(midFilters.get(midFilters.size() - 1)).isInstanceOf(LookFilter.class);
    // The sun travels along +x (a little towards the eye) and down at 45°: the 2 m box shades the
    // ground from x = 1 to x = 3.
    int[] shade = screen(2.2f, 0, -10);
    int[] sunny = screen(-3.5f, 0, -10);
    double lowShade = patch(low, shade);
    double midShade = patch(mid, shade);
    assertThat(midShade).as("the patch behind the box on mid, against low").isLessThan(lowShade * 0.8);
    assertThat(patch(mid, sunny)).as("a sunny patch on mid, against low").isGreaterThan(patch(low, sunny) * 0.85);
  }

  /** The mean green of a 7×7 patch. */
  private static double patch(BufferedImage frame, int[] at) {
    double sum = 0;
    for (int dy = -3; dy <= 3; dy++) {
      for (int dx = -3; dx <= 3; dx++) {
        sum += frame.getRGB(at[0] + dx, at[1] + dy) >> 8 & 0xff;
      }
    }
    return sum / 49;
  }

  private static int distance(int argb, int other) {
    return distance(argb, new Rgb(other >> 16 & 0xff, other >> 8 & 0xff, other & 0xff));
  }

  private static int distance(int argb, Rgb colour) {
    return Math.max(Math.abs((argb >> 16 & 0xff) - colour.red()),
        Math.max(Math.abs((argb >> 8 & 0xff) - colour.green()), Math.abs((argb & 0xff) - colour.blue())));
  }
}
