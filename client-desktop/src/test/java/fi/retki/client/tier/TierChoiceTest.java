package fi.retki.client.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.retki.assets.bake.Tier;
import fi.retki.client.tier.TierChoice.GpuInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TierChoiceTest {
  private static final long MIB = 1024L * 1024;

  @ParameterizedTest(name = "{0}, {1} px, {2} MiB video, {3} MiB heap -> {4}")
  @CsvSource(delimiter = '|', textBlock = """
      llvmpipe (LLVM 15.0.6, 256 bits)        | 16384 | 8192 | 4096 | LOW
      Gallium 0.4 on softpipe                 | 8192  | 0    | 4096 | LOW
      Microsoft Basic Render Driver           | 16384 | 0    | 4096 | LOW
      Mesa Intel(R) HD Graphics 620 (KBL GT2) | 2048  | 4096 | 4096 | LOW
      Mesa Intel(R) HD Graphics 620 (KBL GT2) | 16384 | 512  | 4096 | LOW
      NVIDIA GeForce GTX 1650/PCIe/SSE2       | 32768 | 4096 | 256  | LOW
      AMD Radeon RX 550                       | 16384 | 1024 | 4096 | MID
      AMD Radeon RX 550                       | 16384 | 1536 | 4096 | MID
      NVIDIA GeForce GTX 1650/PCIe/SSE2       | 32768 | 2048 | 4096 | HIGH
      NVIDIA GeForce GTX 1650/PCIe/SSE2       | 32768 | 4096 | 1024 | HIGH
      Mesa Intel(R) UHD Graphics 620          | 16384 | 0    | 2048 | HIGH
      Mesa Intel(R) UHD Graphics 620          | 16384 | 0    | 768  | MID
      Mesa Intel(R) UHD Graphics 620          | 4096  | 0    | 4096 | MID
      Mesa Intel(R) UHD Graphics 620          | 4096  | -1   | 4096 | MID
      ''                                      | 8192  | 0    | 1024 | HIGH
      """)
  void choose_byTheRule(String renderer, int maxTexture, long videoMib, long heapMib, Tier expected) {
    GpuInfo gpu = new GpuInfo(renderer, maxTexture, videoMib * MIB, heapMib * MIB);

    assertThat(TierChoice.choose(gpu)).isEqualTo(expected);
  }

  @Test
  void override_wins_inAnyCase() {
    GpuInfo software = new GpuInfo("llvmpipe", 16384, 0, 4096 * MIB);

    assertThat(TierChoice.choose(software, "HIGH")).isEqualTo(Tier.HIGH);
    assertThat(TierChoice.choose(software, " mid ")).isEqualTo(Tier.MID);
    assertThat(TierChoice.choose(software, "low")).isEqualTo(Tier.LOW);
  }

  @Test
  void override_autoOrNone_usesTheRule() {
    GpuInfo big = new GpuInfo("NVIDIA GeForce RTX 3060", 32768, 12288 * MIB, 4096 * MIB);

    assertThat(TierChoice.choose(big, "auto")).isEqualTo(Tier.HIGH);
    assertThat(TierChoice.choose(big, "")).isEqualTo(Tier.HIGH);
    assertThat(TierChoice.choose(big, null)).isEqualTo(Tier.HIGH);
  }

  @Test
  void override_unknown_isRefusedNamingTheChoices() {
    GpuInfo gpu = new GpuInfo("x", 4096, 0, 1024 * MIB);

    assertThatThrownBy(() -> TierChoice.choose(gpu, "ultra")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"ultra\" is not a tier; use low, mid, high or auto");
  }

  @Test
  void nullRenderer_isUnknownNotSoftware() {
    assertThat(new GpuInfo(null, 16384, 4096 * MIB, 4096 * MIB).renderer()).isEmpty();
    assertThat(TierChoice.choose(new GpuInfo(null, 16384, 4096 * MIB, 4096 * MIB))).isEqualTo(Tier.HIGH);
  }
}
