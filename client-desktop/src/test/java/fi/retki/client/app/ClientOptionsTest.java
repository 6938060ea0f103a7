package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.retki.client.app.ui.Ui;
import fi.retki.scenes.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientOptionsTest {
  @Test
  void readsEveryOption_andTheyOverrideTheSettings() throws Exception {
    ClientOptions options = ClientOptions.parse(List.of("--server", "http://10.0.0.1:8080", "--code", "abc123",
        "--nickname", "Aino", "--fullscreen", "--language", "sv", "--ui-scale", "1.5", "--tier", "mid", "--size", "1920x1080"));
    assertThat(options.code()).isEqualTo("ABC123");
    assertThat(options.width()).isEqualTo(1920);
    ClientSettings settings = options.over(ClientSettings.DEFAULTS);
    assertThat(settings).isEqualTo(new ClientSettings("http://10.0.0.1:8080", "sv", 1.5, "mid", true));
  }

  @Test
  void joinLanguage_isTheLastChoice_elseTheComputers_elseEnglish() {
    ClientSettings none = ClientSettings.DEFAULTS;
    assertThat(none.joinLanguage(Locale.forLanguageTag("sv-FI"))).isEqualTo(Language.SV);
    assertThat(none.joinLanguage(Locale.forLanguageTag("fi-FI"))).isEqualTo(Language.FI);
    assertThat(none.joinLanguage(Locale.forLanguageTag("de-DE"))).isEqualTo(Language.EN);
    ClientSettings chosen = new ClientSettings(null, "fi", 1.0, "auto", false);
    assertThat(chosen.joinLanguage(Locale.forLanguageTag("sv-FI"))).isEqualTo(Language.FI);
    assertThat(new ClientSettings(null, "xx", 1.0, "auto", false).language()).as("an unknown language").isNull();
  }

  @Test
  void aServerIsSetOnlyWhenGiven_elseTheJoinScreenOffersTheDefault() throws Exception {
    assertThat(ClientSettings.DEFAULTS.serverSet()).isFalse();
    assertThat(ClientSettings.DEFAULTS.serverOrDefault()).isEqualTo(ClientSettings.DEFAULT_SERVER);
    assertThat(new ClientSettings("  ", null, 1.0, "auto", false).serverSet()).isFalse();
    ClientSettings given = ClientOptions.parse(List.of("--server", "http://10.0.0.1:8080")).over(ClientSettings.DEFAULTS);
    assertThat(given.serverSet()).isTrue();
    assertThat(given.serverOrDefault()).isEqualTo("http://10.0.0.1:8080");
  }

  @Test
  void badValues_sayWhatWouldBeRight() {
    assertThatThrownBy(() -> ClientOptions.parse(List.of("--tier", "ultra"))).hasMessageContaining("use auto, low, mid or high");
    assertThatThrownBy(() -> ClientOptions.parse(List.of("--ui-scale", "9"))).hasMessageContaining("0.5 to 3");
    assertThatThrownBy(() -> ClientOptions.parse(List.of("--code"))).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> ClientOptions.parse(List.of("--fly"))).hasMessageContaining("unknown option --fly");
  }

  @Test
  void settings_roundTripThroughTheFile_andABrokenFileGivesDefaults(@TempDir Path home) throws Exception {
    Path file = ClientSettings.file(home);
    assertThat(ClientSettings.load(file)).isEqualTo(ClientSettings.DEFAULTS);
    ClientSettings mine = new ClientSettings("http://retki:8080", "en", 2.0, "low", false);
    mine.save(file);
    assertThat(ClientSettings.load(file)).isEqualTo(mine);
    java.nio.file.Files.writeString(file, "{not json");
    assertThat(ClientSettings.load(file)).isEqualTo(ClientSettings.DEFAULTS);
  }

  @Test
  void everyWord_isWrittenInEveryLanguage() {
    for (Ui text : Ui.values()) {
      for (Language language : Language.values()) {
        assertThat(text.in(language)).as(text + " in " + language).isNotBlank();
      }
    }
    assertThat(Ui.forRefusal("unknown-code")).isEqualTo(Ui.UNKNOWN_CODE);
    // That each word draws (dashes and ellipses included) is UiFontTest's to check.
    assertThat(Ui.forRefusal("joining-locked")).isEqualTo(Ui.JOINING_LOCKED);
  }
}
