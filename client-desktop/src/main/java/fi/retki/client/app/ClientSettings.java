package fi.retki.client.app;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fi.retki.scenes.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * What the client remembers between runs, in {@code ~/.retki/client.json}: the server last used,
 * the language last chosen for the join screen, the UI scale, the tier override and whether to run
 * full screen. {@code server} and {@code language} are {@code null} until someone sets them: the
 * join screen then asks for the server, and speaks the computer's language. A missing or
 * unreadable file gives the defaults (a pupil never meets a settings error).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClientSettings(String server, String language, double uiScale, String tier, boolean fullscreen) {
  /** The server the join screen offers when none has been set. */
  public static final String DEFAULT_SERVER = "http://127.0.0.1:8080";
  public static final ClientSettings DEFAULTS = new ClientSettings(null, null, 1.0, "auto", false);
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public ClientSettings {
    server = server == null || server.isBlank() ? null : server.strip();
    language = Language.ofCode(language) == null ? null : language;
    uiScale = uiScale >= 0.5 && uiScale <= 3 ? uiScale : 1.0;
    tier = tier == null || tier.isBlank() ? "auto" : tier;
  }

  /** The settings file under a home directory. */
  public static Path file(Path home) {
    return home.resolve(".retki").resolve("client.json");
  }

  public static ClientSettings load(Path file) {
    try {
      return Files.isRegularFile(file) ? JSON.readValue(file.toFile(), ClientSettings.class) : DEFAULTS;
    } catch (IOException e) {
      return DEFAULTS;
    }
  }

  /** Writes the file atomically (a crash leaves the old one or the new one). */
  public void save(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), "client", ".json.tmp");
    JSON.writeValue(temp.toFile(), this);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** True once a server has been given (a {@code --server} flag, or a join that worked). */
  public boolean serverSet() {
    return server != null;
  }

  /** The server set, or the default one. */
  public String serverOrDefault() {
    return server != null ? server : DEFAULT_SERVER;
  }

  /**
   * The join screen's language: the one chosen last, else the computer's ({@code system}) if the
   * client speaks it, else English.
   */
  public Language joinLanguage(Locale system) {
    Language chosen = Language.ofCode(language);
    if (chosen != null) {
      return chosen;
    }
    Language local = Language.ofCode(system.getLanguage());
    return local != null ? local : Language.EN;
  }

  public ClientSettings withServer(String newServer) {
    return new ClientSettings(newServer, language, uiScale, tier, fullscreen);
  }
}
