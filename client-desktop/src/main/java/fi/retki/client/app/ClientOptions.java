package fi.retki.client.app;

import java.util.List;
import java.util.Locale;

/**
 * The command line: {@code retki-client [--server URL] [--code CODE] [--nickname NAME]
 * [--daycare SCENE] [--fullscreen | --windowed] [--language fi|sv|en] [--ui-scale N]
 * [--tier auto|low|mid|high] [--size WxH]}. Options given override the remembered settings;
 * {@code --language} also overrides the lesson's language for the client's own words.
 */
public record ClientOptions(
    String server, String code, String nickname, String daycare, Boolean fullscreen,
    String language, Double uiScale, String tier, int width, int height, boolean help) {

  public static final String USAGE = String.join("\n",
      "usage: java -jar retki-client.jar [options]",
      "  --server URL          the Retki server (remembered; the join screen then does not show it,",
      "                        F10 there shows it again), e.g. http://retki.school.example:8080",
      "  --code CODE           the class code from the board (the join screen asks otherwise)",
      "  --nickname NAME       the pupil's nickname (the join screen asks otherwise)",
      "  --daycare SCENE       daycare mode: a calm narrated tour of SCENE on this screen, no class session",
      "  --fullscreen          full screen (remembered); --windowed for a window",
      "  --language fi|sv|en   the client's own words in this language, even in a lesson in another",
      "                        (remembered for the join screen); without it they follow the lesson's language",
      "  --ui-scale N          make the interface bigger or smaller, 0.5 to 3 (remembered)",
      "  --tier auto|low|mid|high   the scene quality; auto reads the graphics card (remembered)",
      "  --size WxH            the window size, default 1280x720");

  /** Thrown for a command line that cannot be read; the message says what would be right. */
  public static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  public static ClientOptions parse(List<String> args) throws UsageException {
    String server = null;
    String code = null;
    String nickname = null;
    String daycare = null;
    Boolean fullscreen = null;
    String language = null;
    Double uiScale = null;
    String tier = null;
    int width = 1280;
    int height = 720;
    boolean help = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--server" -> server = value(args, ++i, arg);
        case "--code" -> code = value(args, ++i, arg).toUpperCase(Locale.ROOT);
        case "--nickname" -> nickname = value(args, ++i, arg);
        case "--daycare" -> daycare = value(args, ++i, arg);
        case "--fullscreen" -> fullscreen = true;
        case "--windowed" -> fullscreen = false;
        case "--language" -> {
          language = value(args, ++i, arg);
          if (!List.of("fi", "sv", "en").contains(language)) {
            throw new UsageException("--language " + language + ": use fi, sv or en");
          }
        }
        case "--ui-scale" -> {
          String v = value(args, ++i, arg);
          try {
            uiScale = Double.parseDouble(v);
          } catch (NumberFormatException e) {
            uiScale = Double.NaN;
          }
          if (!(uiScale >= 0.5 && uiScale <= 3)) {
            throw new UsageException("--ui-scale " + v + ": use a number from 0.5 to 3");
          }
        }
        case "--tier" -> {
          tier = value(args, ++i, arg).toLowerCase(Locale.ROOT);
          if (!List.of("auto", "low", "mid", "high").contains(tier)) {
            throw new UsageException("--tier " + tier + ": use auto, low, mid or high");
          }
        }
        case "--size" -> {
          String v = value(args, ++i, arg);
          String[] parts = v.split("x");
          try {
            width = Integer.parseInt(parts[0]);
            height = Integer.parseInt(parts[1]);
          } catch (RuntimeException e) {
            width = -1;
          }
          if (parts.length != 2 || width < 320 || height < 240) {
            throw new UsageException("--size " + v + ": use WIDTHxHEIGHT, at least 320x240, e.g. 1280x720");
          }
        }
        case "--help", "-h" -> help = true;
        default -> throw new UsageException("unknown option " + arg + "; see --help");
      }
    }
    return new ClientOptions(server, code, nickname, daycare, fullscreen, language, uiScale, tier, width, height, help);
  }

  private static String value(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size() || args.get(i).startsWith("--")) {
      throw new UsageException(option + " needs a value; see --help");
    }
    return args.get(i);
  }

  /** The remembered settings with these options applied (what the next run remembers). */
  public ClientSettings over(ClientSettings settings) {
    return new ClientSettings(
        server != null ? server : settings.server(),
        language != null ? language : settings.language(),
        uiScale != null ? uiScale : settings.uiScale(),
        tier != null ? tier : settings.tier(),
        fullscreen != null ? fullscreen : settings.fullscreen());
  }
}
