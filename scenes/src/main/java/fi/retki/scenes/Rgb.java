package fi.retki.scenes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A colour as authors write it, {@code "#rrggbb"} in sRGB (as a web page's colours are). The
 * client turns it into linear light where it lights or fogs a scene.
 */
public record Rgb(int red, int green, int blue) {
  private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

  public Rgb {
    if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
      throw new IllegalArgumentException("colour components must be 0..255");
    }
  }

  /** True if {@code text} is a colour as {@link #parse} reads it. */
  public static boolean isValid(String text) {
    return text != null && HEX.matcher(text).matches();
  }

  /** {@code "#rrggbb"}, either case. */
  @JsonCreator
  public static Rgb parse(String text) {
    if (!isValid(text)) {
      throw new IllegalArgumentException("not a colour #rrggbb: " + text);
    }
    int value = Integer.parseInt(text.substring(1), 16);
    return new Rgb(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
  }

  @JsonValue
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
  }

  /** One component (0 red, 1 green, 2 blue) as linear light, 0..1 (the sRGB transfer undone). */
  public double linear(int component) {
    int value = component == 0 ? red : component == 1 ? green : blue;
    double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
