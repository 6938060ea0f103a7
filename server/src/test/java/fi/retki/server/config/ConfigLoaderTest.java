package fi.retki.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  @Test
  void defaultsServeOnPort8080FromTheDataFolder() throws Exception {
    ServerConfig config = ConfigLoader.load(new String[0], Map.of());
    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.bind()).isEqualTo("0.0.0.0");
    assertThat(config.dataDir()).isEqualTo(Path.of("data"));
    assertThat(config.cacheBytes()).isEqualTo(512L << 20);
    assertThat(config.tls()).isFalse();
  }

  @Test
  void flagsBeatEnvironmentWhichBeatsTheFile() throws Exception {
    Path file = dir.resolve("retki.json");
    Files.writeString(file, "{\"port\": 7000, \"bind\": \"127.0.0.1\", \"cacheBytes\": \"1GiB\", \"dataDir\": \"/srv/retki\"}");
    ServerConfig config =
        ConfigLoader.load(
            new String[] {"--config", file.toString(), "--port=9000", "--zero-copy-above", "16MiB"},
            Map.of("RETKI_PORT", "8000", "RETKI_DATA_DIR", "/var/lib/retki"));
    assertThat(config.port()).isEqualTo(9000);
    assertThat(config.bind()).isEqualTo("127.0.0.1");
    assertThat(config.cacheBytes()).isEqualTo(1L << 30);
    assertThat(config.zeroCopyAbove()).isEqualTo(16L << 20);
    assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/retki"));
  }

  @Test
  void everyBadSettingIsNamedWithWhereItCameFrom() {
    ConfigException e =
        catchThrowableOfType(
            ConfigException.class,
            () ->
                ConfigLoader.load(
                    new String[] {"--port", "eighty", "--colour", "blue"},
                    Map.of("RETKI_CACHE_BYTES", "lots", "RETKI_TLS_KEY", dir.resolve("none.pem").toString())));
    assertThat(e.problems())
        .containsExactlyInAnyOrder(
            "unknown flag --colour; known flags: --config, --port, --bind, --data-dir, --cache-bytes, "
                + "--zero-copy-above, --tls-key, --tls-cert, --max-connections, --idle-timeout, --header-timeout, "
                + "--request-timeout, --max-pupils, --retention-days, --session-idle-limit, --database-url, "
                + "--database-user, --database-password-file, --cluster, --cluster-members, --cluster-host, "
                + "--cluster-port, --proxy-protocol",
            "port (flag --port): \"eighty\" is not a whole number from 0 to 65535; use e.g. 8080",
            "cacheBytes (environment variable RETKI_CACHE_BYTES): \"lots\" is not a size; use bytes, "
                + "e.g. 536870912, or 512MiB, 2GiB",
            "tlsKey (environment variable RETKI_TLS_KEY): \"" + dir.resolve("none.pem")
                + "\" is not a readable file",
            "tlsKey and tlsCert go together: give both for HTTPS, or neither for HTTP");
  }

  @Test
  void aConfigurationFileWithAnUnknownSettingOrBadJsonIsRefused() throws Exception {
    Path file = dir.resolve("retki.json");
    Files.writeString(file, "{\"prot\": 80}");
    ConfigException unknown =
        catchThrowableOfType(
            ConfigException.class,
            () -> ConfigLoader.load(new String[] {"--config", file.toString()}, Map.of()));
    assertThat(unknown.problems()).singleElement().asString()
        .startsWith("prot (configuration file " + file + "): unknown setting; known settings: port, bind");

    Files.writeString(file, "{\"port\": ");
    ConfigException broken =
        catchThrowableOfType(
            ConfigException.class, () -> ConfigLoader.load(new String[0], Map.of("RETKI_CONFIG", file.toString())));
    assertThat(broken.problems()).singleElement().asString()
        .startsWith("configuration file " + file + ": not valid JSON");
  }

  @Test
  void sizesTakeBinaryAndDecimalUnits() throws Exception {
    assertThat(ConfigLoader.load(new String[] {"--cache-bytes", "64KiB"}, Map.of()).cacheBytes()).isEqualTo(65536);
    assertThat(ConfigLoader.load(new String[] {"--cache-bytes", "3MB"}, Map.of()).cacheBytes()).isEqualTo(3_000_000);
    assertThat(ConfigLoader.load(new String[] {"--cache-bytes", "1234"}, Map.of()).cacheBytes()).isEqualTo(1234);
  }

  @Test
  void limitsHaveDefaultsThatFitAMorningAndTakeDurations() throws Exception {
    Limits defaults = ConfigLoader.load(new String[0], Map.of()).limits();
    assertThat(defaults).isEqualTo(Limits.DEFAULTS);
    assertThat(defaults.maxConnections()).isGreaterThanOrEqualTo(1200 * 7);
    assertThat(defaults.metricsToken()).isNull();
    Limits set = ConfigLoader.load(new String[] {"--idle-timeout", "500ms", "--session-idle-limit=2d",
        "--max-pupils", "30", "--retention-days", "30"}, Map.of("RETKI_METRICS_TOKEN", "0123456789abcdefXYZ")).limits();
    assertThat(set.idleTimeout()).isEqualTo(java.time.Duration.ofMillis(500));
    assertThat(set.sessionIdleLimit()).isEqualTo(java.time.Duration.ofDays(2));
    assertThat(set.maxPupils()).isEqualTo(30);
    assertThat(set.retentionDays()).isEqualTo(30);
    assertThat(set.metricsToken()).isEqualTo("0123456789abcdefXYZ");
  }

  @Test
  void theMetricsTokenIsNeverAFlagAndNeverShort() {
    ConfigException flag = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoader.load(new String[] {"--metrics-token", "0123456789abcdefXYZ"}, Map.of()));
    assertThat(flag.problems()).singleElement().asString().startsWith("unknown flag --metrics-token");
    ConfigException shortToken = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoader.load(new String[0], Map.of("RETKI_METRICS_TOKEN", "abc")));
    assertThat(shortToken.problems()).singleElement().asString().contains("at least 16 characters");
    ConfigException badTime = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoader.load(new String[] {"--idle-timeout", "0s"}, Map.of()));
    assertThat(badTime.problems()).singleElement().asString().contains("is not a duration above 0");
  }

  @Test
  void aServerRunsOnTheEmbeddedDatabaseUnlessGivenAPostgresqlUrl() throws Exception {
    ServerConfig alone = ConfigLoader.load(new String[0], Map.of());
    assertThat(alone.database().embedded()).isTrue();
    assertThat(alone.cluster().enabled()).isFalse();
    Path secret = Files.writeString(dir.resolve("db-password"), "s3cret\n");
    ServerConfig shared = ConfigLoader.load(new String[] {"--database-url", "jdbc:postgresql://127.0.0.1:5432/retki",
        "--database-password-file", secret.toString()}, Map.of("RETKI_DATABASE_USER", "city"));
    assertThat(shared.database()).isEqualTo(new DatabaseConfig("jdbc:postgresql://127.0.0.1:5432/retki", "city", "s3cret"));
    assertThat(shared.database().toString()).doesNotContain("s3cret");
    ServerConfig fromEnv = ConfigLoader.load(new String[] {"--database-url=jdbc:postgresql://db/retki"},
        Map.of("RETKI_DATABASE_PASSWORD", "pw"));
    assertThat(fromEnv.database().password()).isEqualTo("pw");
    assertThat(fromEnv.database().user()).isEqualTo("retki");
  }

  @Test
  void theDatabasePasswordIsNeverAFlagAndTheUrlIsPostgresql() {
    ConfigException flag = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoader.load(new String[] {"--database-url", "jdbc:postgresql://db/retki", "--database-password", "pw"},
            Map.of()));
    assertThat(flag.problems()).singleElement().asString().startsWith("unknown flag --database-password;");
    ConfigException notPostgres = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoader.load(new String[] {"--database-url", "jdbc:mysql://db/retki"}, Map.of()));
    assertThat(notPostgres.problems()).singleElement().asString()
        .contains("\"jdbc:mysql://db/retki\" is not a PostgreSQL JDBC URL");
    ConfigException lonePassword = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoader.load(new String[0], Map.of("RETKI_DATABASE_PASSWORD", "pw")));
    assertThat(lonePassword.problems()).singleElement().asString().contains("needs databaseUrl");
  }

  @Test
  void aClusteredNodeJoinsItsListedMembersAndNeedsASharedDatabase() throws Exception {
    ConfigException embedded = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoader.load(new String[] {"--cluster"}, Map.of()));
    assertThat(embedded.problems()).singleElement().asString()
        .contains("a clustered node needs the database the nodes share: set databaseUrl");
    ServerConfig node = ConfigLoader.load(new String[] {"--cluster", "--cluster-members",
        "127.0.0.1:5701, 127.0.0.1:5702", "--cluster-port", "5702", "--database-url", "jdbc:postgresql://db/retki"},
        Map.of());
    assertThat(node.cluster()).isEqualTo(ClusterConfig.of(java.util.List.of("127.0.0.1:5701", "127.0.0.1:5702"),
        "127.0.0.1", 5702));
    ConfigException badMember = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoader.load(new String[] {"--cluster=true", "--cluster-members", "127.0.0.1", "--database-url",
            "jdbc:postgresql://db/retki"}, Map.of()));
    assertThat(badMember.problems()).singleElement().asString().contains("\"127.0.0.1\" is not host:port");
  }

  @Test
  void theProxyProtocolIsOffUnlessSwitchedOnByFlagOrEnvironment() throws Exception {
    assertThat(ConfigLoader.load(new String[0], Map.of()).proxyProtocol()).isFalse();
    assertThat(ConfigLoader.load(new String[] {"--proxy-protocol"}, Map.of()).proxyProtocol()).isTrue();
    ServerConfig beforeAnother = ConfigLoader.load(new String[] {"--proxy-protocol", "--port", "8081"}, Map.of());
    assertThat(beforeAnother.proxyProtocol()).isTrue();
    assertThat(beforeAnother.port()).isEqualTo(8081);
    assertThat(ConfigLoader.load(new String[0], Map.of("RETKI_PROXY_PROTOCOL", "true")).proxyProtocol()).isTrue();
    assertThat(ConfigLoader.load(new String[] {"--proxy-protocol=false"}, Map.of("RETKI_PROXY_PROTOCOL", "true"))
        .proxyProtocol()).isFalse();
    assertThat(beforeAnother.withLimits(Limits.DEFAULTS).proxyProtocol()).as("kept by with...").isTrue();
    ConfigException bad = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoader.load(new String[0], Map.of("RETKI_PROXY_PROTOCOL", "yes")));
    assertThat(bad.problems()).containsExactly(
        "proxyProtocol (environment variable RETKI_PROXY_PROTOCOL): \"yes\" is neither true nor false");
  }
}
