package fi.retki.client.app.ui;

import java.util.BitSet;
import java.util.function.ToDoubleFunction;

/**
 * Word wrap for a text being typed, where the text field shows only the lines it is given (Lemur's
 * {@code TextField} clips, it does not wrap). Spaces where a line must break are shown as line
 * feeds; the wrap remembers which line feeds are its own, so {@link #text} gives back what the
 * pupil typed. A wrapped text is as long as the typed one, so the cursor's index stays valid.
 *
 * <p>Call {@link #rewrap} with the field's text after each change: the change is found by
 * comparing with the text shown before (same start, same end, something different between), so
 * any edit, typed or pasted, keeps the wraps before and after it. A word wider than the line is
 * left whole (the field clips it). Plain Java, no jME: the width of a string is passed in.
 */
public final class SoftWrap {
  private final ToDoubleFunction<String> width;
  private final double lineWidth;
  private String shown = "";
  private BitSet soft = new BitSet();

  /** @param width the width of a string drawn in the field, in the same units as {@code lineWidth} */
  public SoftWrap(ToDoubleFunction<String> width, double lineWidth) {
    if (lineWidth <= 0) {
      throw new IllegalArgumentException("line width must be positive, not " + lineWidth);
    }
    this.width = width;
    this.lineWidth = lineWidth;
  }

  /** The text as typed: the wrap's own line feeds are spaces again. */
  public String text() {
    return typed(shown, soft);
  }

  /** The text to show for the field's text now (which may carry the line feeds shown before). */
  public String rewrap(String field) {
    BitSet kept = carriedOver(field);
    String typed = typed(field, kept);
    BitSet wraps = new BitSet();
    String wrapped = wrap(typed, wraps);
    shown = wrapped;
    soft = wraps;
    return wrapped;
  }

  /** The soft line feeds of the shown text that are still in {@code field}, at their new indices. */
  private BitSet carriedOver(String field) {
    int prefix = 0;
    int max = Math.min(shown.length(), field.length());
    while (prefix < max && shown.charAt(prefix) == field.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < max - prefix
        && shown.charAt(shown.length() - 1 - suffix) == field.charAt(field.length() - 1 - suffix)) {
      suffix++;
    }
    BitSet kept = new BitSet();
    int shift = field.length() - shown.length();
    for (int i = soft.nextSetBit(0); i >= 0; i = soft.nextSetBit(i + 1)) {
      if (i < prefix) {
        kept.set(i);
      } else if (i >= shown.length() - suffix) {
        kept.set(i + shift);
      }
    }
    return kept;
  }

  private static String typed(String text, BitSet softBreaks) {
    StringBuilder typed = new StringBuilder(text);
    for (int i = softBreaks.nextSetBit(0); i >= 0 && i < typed.length(); i = softBreaks.nextSetBit(i + 1)) {
      if (typed.charAt(i) == '\n') {
        typed.setCharAt(i, ' ');
      }
    }
    return typed.toString();
  }

  /** Greedy wrap at spaces, line by line of the typed text; the breaks made are set in {@code wraps}. */
  private String wrap(String typed, BitSet wraps) {
    StringBuilder out = new StringBuilder(typed);
    int lineStart = 0;
    int lastSpace = -1;
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (c == '\n') {
        lineStart = i + 1;
        lastSpace = -1;
        continue;
      }
      // A space may hang past the end of a line; a letter may not.
      if (c != ' ' && lastSpace > lineStart && width.applyAsDouble(out.substring(lineStart, i + 1)) > lineWidth) {
        out.setCharAt(lastSpace, '\n');
        wraps.set(lastSpace);
        lineStart = lastSpace + 1;
        lastSpace = -1;
      }
      if (c == ' ') {
        lastSpace = i;
      }
    }
    return out.toString();
  }
}
