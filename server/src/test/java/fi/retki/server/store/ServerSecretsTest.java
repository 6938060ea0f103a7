package fi.retki.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "on {0}")
@EnumSource(Engine.class)
class ServerSecretsTest {
  @Parameter Engine engine;
  @TempDir Path dataDir;
  private TestDatabase database;

  @BeforeEach
  void fresh() {
    database = engine.fresh(dataDir);
  }

  @Test
  void theFirstToAskMakesTheSecret_andEveryoneAfterGetsTheSame() {
    try (Database db = database.open()) {
      ServerSecrets one = new ServerSecrets(db);
      ServerSecrets other = new ServerSecrets(db);
      byte[] made = one.getOrMake("known-devices", 32, new SecureRandom());
      assertThat(made).hasSize(32);
      assertThat(other.getOrMake("known-devices", 32, new SecureRandom())).isEqualTo(made);
      assertThat(one.getOrMake("another", 32, new SecureRandom())).isNotEqualTo(made);
    }
  }
}
