package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastNicknameTest {
  @TempDir Path home;

  @Test
  void theNameIsKeptBesideTheSettings_andABadFileIsNoName() throws Exception {
    Path file = LastNickname.file(ClientSettings.file(home));
    assertThat(file).isEqualTo(home.resolve(".retki").resolve("nickname.txt"));
    assertThat(LastNickname.load(file)).isNull();

    LastNickname.save(file, "  Aino ");
    assertThat(LastNickname.load(file)).isEqualTo("Aino");
    LastNickname.save(file, "x".repeat(21));
    assertThat(LastNickname.load(file)).as("a name too long is not kept").isEqualTo("Aino");

    Files.writeString(file, "y".repeat(500));
    assertThat(LastNickname.load(file)).isNull();
    assertThat(LastNickname.file(null)).isNull();
    LastNickname.save(null, "Aino");
  }
}
