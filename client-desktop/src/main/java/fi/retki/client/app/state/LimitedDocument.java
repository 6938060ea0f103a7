package fi.retki.client.app.state;

import com.simsilica.lemur.text.DefaultDocumentModel;

/**
 * A text field's text that takes no more than {@code max} characters (code points, as the
 * server counts them): what is typed past the limit is not taken, so a pupil sees at once where
 * the nickname ends instead of meeting a refusal after Join.
 */
final class LimitedDocument extends DefaultDocumentModel {
  private final int max;

  LimitedDocument(int max, String text) {
    this.max = max;
    setText(text);
  }

  @Override
  public void insert(char c) {
    if (room() > 0 || completesPair(c)) {
      super.insert(c);
    }
  }

  @Override
  public void insert(String text) {
    super.insert(cut(text, room()));
  }

  @Override
  public void setText(String text) {
    super.setText(cut(text, max));
  }

  private int room() {
    String text = getText();
    return max - text.codePointCount(0, text.length());
  }

  /** The low half of a character beyond 16 bits, after its high half (which was counted). */
  private boolean completesPair(char c) {
    String text = getText();
    int at = getCarat();
    return Character.isLowSurrogate(c) && at > 0 && at <= text.length() && Character.isHighSurrogate(text.charAt(at - 1));
  }

  private static String cut(String text, int max) {
    if (text == null || max <= 0) {
      return "";
    }
    return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
  }
}
