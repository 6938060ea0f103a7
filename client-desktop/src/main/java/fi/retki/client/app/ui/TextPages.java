package fi.retki.client.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits a text into pages that each fit a panel: whole sentences while they fit, a long sentence
 * by words, a word longer than a page on a page of its own. Plain Java: whether a page fits is
 * asked of the caller (which lays it out in the real font).
 */
public final class TextPages {
  private TextPages() {}

  /** The pages of {@code text}, at least one; each satisfies {@code fits} unless a single word does not. */
  public static List<String> split(String text, Predicate<String> fits) {
    List<String> pages = new ArrayList<>();
    if (fits.test(text)) {
      pages.add(text);
      return pages;
    }
    StringBuilder page = new StringBuilder();
    for (String sentence : text.strip().split("(?<=[.!?…])\\s+")) {
      if (fits.test(joined(page, sentence))) {
        append(page, sentence);
        continue;
      }
      if (page.length() > 0) {
        pages.add(page.toString());
        page.setLength(0);
      }
      if (fits.test(sentence)) {
        append(page, sentence);
        continue;
      }
      for (String word : sentence.split("\\s+")) {
        if (page.length() > 0 && !fits.test(joined(page, word))) {
          pages.add(page.toString());
          page.setLength(0);
        }
        append(page, word);
      }
    }
    if (page.length() > 0) {
      pages.add(page.toString());
    }
    return pages;
  }

  private static String joined(StringBuilder page, String more) {
    return page.length() == 0 ? more : page + " " + more;
  }

  private static void append(StringBuilder page, String more) {
    if (page.length() > 0) {
      page.append(' ');
    }
    page.append(more);
  }
}
