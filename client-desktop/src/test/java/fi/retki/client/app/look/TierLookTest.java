package fi.retki.client.app.look;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.assets.bake.Tier;
import fi.retki.scenes.Lighting;
import fi.retki.scenes.Rgb;
import fi.retki.scenes.Vec3;
import org.junit.jupiter.api.Test;

class TierLookTest {
  @Test
  void low_hasNoShadowsNorOcclusion_midAndHighHave() {
    assertThat(TierLook.of(Tier.LOW).shadows()).isFalse();
    assertThat(TierLook.of(Tier.LOW).ambientOcclusion()).isFalse();
    assertThat(TierLook.of(Tier.MID)).isEqualTo(new TierLook(1024, 2, 90, true));
    assertThat(TierLook.of(Tier.HIGH).shadowMapSize()).isEqualTo(2048);
    assertThat(TierLook.of(Tier.HIGH).shadowSplits()).isEqualTo(3);
  }

  @Test
  void shadows_areDarkWithoutAmbient_andSoftUnderABrightSky() {
    Rgb white = Rgb.parse("#ffffff");
    Lighting moon = new Lighting(new Lighting.Sun(new Vec3(1, -0.3, 0), white, 4), new Lighting.Ambient(white, 0));
    Lighting overcast = new Lighting(new Lighting.Sun(new Vec3(0, -1, 0), white, 1), new Lighting.Ambient(white, 1));
    double moonShadow = SceneLook.shadowIntensity(moon, ToneCurve.Encoding.GAMMA_SPACE);
    double softShadow = SceneLook.shadowIntensity(overcast, ToneCurve.Encoding.GAMMA_SPACE);
    assertThat(moonShadow).isEqualTo(0.9);
    assertThat(softShadow).isLessThan(0.4);
    assertThat(SceneLook.shadowIntensity(null, ToneCurve.Encoding.GAMMA_SPACE)).isBetween(0.3, 0.9);
  }
}
