package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.assets.store.Sha256;
import fi.retki.server.config.ServerConfig;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with a PEM key and certificate: HTTP/2 chosen by ALPN, HTTP/1.1 still served. */
class TlsIT {
  @TempDir Path dir;

  /**
   * A self-signed certificate for 127.0.0.1, made with the JDK's keytool and written out as the
   * PEM key and certificate an operator would configure.
   */
  private void certificate() throws Exception {
    Path store = dir.resolve("server.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "retki", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
        "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
        "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
        .redirectErrorStream(true).start();
    byte[] output = keytool.getInputStream().readAllBytes();
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).as(new String(output)).isZero();
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(store)) {
      keys.load(in, "changeit".toCharArray());
    }
    Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
    Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\n"
        + base64.encodeToString(keys.getKey("retki", "changeit".toCharArray()).getEncoded())
        + "\n-----END PRIVATE KEY-----\n");
    Files.writeString(dir.resolve("cert.pem"), "-----BEGIN CERTIFICATE-----\n"
        + base64.encodeToString(keys.getCertificate("retki").getEncoded()) + "\n-----END CERTIFICATE-----\n");
  }

  private static SSLContext trustAnything() throws Exception {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {new X509TrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    }}, new SecureRandom());
    return context;
  }

  @Test
  void assetsComeOverHttpsWithHttp2ByAlpnAndOverHttp11() throws Exception {
    certificate();
    Path data = dir.resolve("data");
    BuiltInScenes.prepare(data);
    Vertx vertx = Vertx.vertx();
    try {
      ServerConfig config = new ServerConfig(0, "127.0.0.1", data, 32 << 20, 8 << 20, dir.resolve("key.pem"),
          dir.resolve("cert.pem"));
      RetkiServer server = RetkiServer.start(vertx, config, 2).await(30, TimeUnit.SECONDS);
      for (HttpClient.Version version : HttpClient.Version.values()) {
        HttpClient client = HttpClient.newBuilder().version(version).sslContext(trustAnything()).build();
        HttpResponse<String> catalogue = client.send(HttpRequest.newBuilder(
            URI.create("https://127.0.0.1:" + server.port() + "/api/scenes")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(catalogue.statusCode()).isEqualTo(200);
        assertThat(catalogue.version()).isEqualTo(version);
        String sha = catalogue.body().replaceAll("(?s).*?\"sha256\" : \"([0-9a-f]{64})\".*", "$1");
        HttpResponse<byte[]> thumbnail = client.send(HttpRequest.newBuilder(
            URI.create("https://127.0.0.1:" + server.port() + "/assets/" + sha)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(Sha256.of(thumbnail.body())).isEqualTo(sha);
      }
    } finally {
      vertx.close().await(10, TimeUnit.SECONDS);
    }
  }
}
