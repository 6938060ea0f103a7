package fi.retki.client.app;

import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * What one view of a scene measures: how much of the picture is sky, how much of the rest is
 * clipped to white, how bright the rest is and how much it varies, and (with a subject) how much
 * of the picture shows the subject and how much of the subject is hidden.
 *
 * @param notSky share of the frame that is not sky
 * @param clipped share of the non-sky pixels clipped to white (every channel 250 or more)
 * @param saturated share of the non-sky pixels with some channel at 254 or more (shown, not judged:
 *     a bright yellow or red is not glare)
 * @param mean mean luminance of the non-sky pixels, 0 … 255 (Rec. 709 weights on the sRGB values)
 * @param contrast standard deviation of that luminance
 * @param skyMean mean luminance of the sky pixels (NaN without sky)
 * @param subject share of the frame showing the subject, NaN if the view has none
 * @param unhidden share of the subject's own pixels that nothing hides, NaN if the view has none or
 *     the subject is not in the picture at all
 */
record ViewFigures(double notSky, double clipped, double saturated, double mean, double contrast, double skyMean,
    double subject, double unhidden) {

  static ViewFigures of(BufferedImage frame, boolean[] notSky, boolean[] subjectSeen, boolean[] subjectAlone) {
    int w = frame.getWidth();
    long ground = 0;
    long white = 0;
    long full = 0;
    long sky = 0;
    double sum = 0;
    double squares = 0;
    double skySum = 0;
    for (int i = 0; i < notSky.length; i++) {
      int rgb = frame.getRGB(i % w, i / w);
      int r = (rgb >> 16) & 0xff;
      int g = (rgb >> 8) & 0xff;
      int b = rgb & 0xff;
      double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      if (!notSky[i]) {
        sky++;
        skySum += luminance;
        continue;
      }
      ground++;
      sum += luminance;
      squares += luminance * luminance;
      if (r >= 250 && g >= 250 && b >= 250) {
        white++;
      }
      if (Math.max(r, Math.max(g, b)) >= 254) {
        full++;
      }
    }
    double mean = ground == 0 ? Double.NaN : sum / ground;
    double contrast = ground == 0 ? Double.NaN : Math.sqrt(Math.max(0, squares / ground - mean * mean));
    double seen = Double.NaN;
    double unhidden = Double.NaN;
    if (subjectSeen != null) {
      long visible = count(subjectSeen);
      long own = count(subjectAlone);
      seen = (double) visible / notSky.length;
      unhidden = own == 0 ? Double.NaN : (double) visible / own;
    }
    return new ViewFigures((double) ground / notSky.length, ground == 0 ? 0 : (double) white / ground,
        ground == 0 ? 0 : (double) full / ground, mean,
        contrast, sky == 0 ? Double.NaN : skySum / sky, seen, unhidden);
  }

  static long count(boolean[] mask) {
    long n = 0;
    for (boolean b : mask) {
      if (b) {
        n++;
      }
    }
    return n;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "not sky %5.1f %%, white %5.2f %%, saturated %5.1f %%, mean %5.1f, contrast %5.1f, sky mean %5.1f, subject %s",
        notSky * 100, clipped * 100, saturated * 100, mean, contrast, skyMean,
        Double.isNaN(subject) ? "-" : Double.isNaN(unhidden) ? "none of it in the picture"
            : String.format(Locale.ROOT, "%5.1f %% of the frame, %3.0f %% unhidden", subject * 100, unhidden * 100));
  }
}
