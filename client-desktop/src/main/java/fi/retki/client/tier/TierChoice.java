package fi.retki.client.tier;

import fi.retki.assets.bake.Tier;
import java.util.Locale;
import java.util.Objects;

/**
 * Which tier of a scene a machine should load.
 *
 * <p>The rule, first match wins:
 * <ol>
 *   <li>a software renderer (llvmpipe, softpipe, swrast, "Software Rasterizer", Microsoft's
 *       "Basic Render Driver") → {@link Tier#LOW};
 *   <li>maximum texture size below 4096, known video memory below 1 GiB, or a Java heap limit
 *       below 512 MiB → {@link Tier#LOW};
 *   <li>known video memory below 2 GiB → {@link Tier#MID};
 *   <li>known video memory of 2 GiB or more → {@link Tier#HIGH};
 *   <li>video memory unknown (many drivers do not say): texture size of 8192 or more and a heap of
 *       at least 1 GiB → {@link Tier#HIGH}, otherwise {@link Tier#MID}.
 * </ol>
 * A school machine that is misjudged can be set by hand: {@link #choose(GpuInfo, String)}.
 */
public final class TierChoice {
  static final long MIB = 1024L * 1024;
  static final long GIB = 1024 * MIB;

  private static final String[] SOFTWARE = {"llvmpipe", "softpipe", "swrast", "software rasterizer",
      "basic render driver", "swiftshader"};

  private TierChoice() {}

  /**
   * What the machine offers, as the app reads it from the OpenGL context and the runtime.
   *
   * @param renderer the {@code GL_RENDERER} string, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"; may be empty
   * @param maxTextureSize {@code GL_MAX_TEXTURE_SIZE}, in pixels
   * @param videoMemoryBytes the video memory, or 0 (or less) if the driver does not tell
   * @param maxHeapBytes {@code Runtime.maxMemory()}
   */
  public record GpuInfo(String renderer, int maxTextureSize, long videoMemoryBytes, long maxHeapBytes) {
    public GpuInfo {
      renderer = renderer == null ? "" : renderer;
    }

    /** True if the driver told how much video memory there is. */
    public boolean videoMemoryKnown() {
      return videoMemoryBytes > 0;
    }
  }

  /** The tier by the rule in the class comment. */
  public static Tier choose(GpuInfo gpu) {
    Objects.requireNonNull(gpu, "gpu");
    if (isSoftware(gpu.renderer())) {
      return Tier.LOW;
    }
    if (gpu.maxTextureSize() < 4096 || gpu.maxHeapBytes() < 512 * MIB
        || (gpu.videoMemoryKnown() && gpu.videoMemoryBytes() < GIB)) {
      return Tier.LOW;
    }
    if (gpu.videoMemoryKnown()) {
      return gpu.videoMemoryBytes() < 2 * GIB ? Tier.MID : Tier.HIGH;
    }
    return gpu.maxTextureSize() >= 8192 && gpu.maxHeapBytes() >= GIB ? Tier.HIGH : Tier.MID;
  }

  /**
   * The tier a person asked for, or the rule's choice.
   *
   * @param override {@code low}, {@code mid}, {@code high} (any case), or {@code auto}, empty or
   *     {@code null} for {@link #choose(GpuInfo)}
   * @throws IllegalArgumentException for any other value, naming the ones allowed
   */
  public static Tier choose(GpuInfo gpu, String override) {
    String wanted = override == null ? "" : override.strip().toLowerCase(Locale.ROOT);
    if (wanted.isEmpty() || wanted.equals("auto")) {
      return choose(gpu);
    }
    Tier tier = Tier.ofId(wanted);
    if (tier == null) {
      throw new IllegalArgumentException("\"" + override + "\" is not a tier; use low, mid, high or auto");
    }
    return tier;
  }

  /** True if the renderer string names a software rasterizer. */
  static boolean isSoftware(String renderer) {
    String lower = renderer.toLowerCase(Locale.ROOT);
    for (String name : SOFTWARE) {
      if (lower.contains(name)) {
        return true;
      }
    }
    return false;
  }
}
