package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.assets.store.Sha256;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server as an operator runs it: started with {@code java -jar}, stopped with
 * SIGTERM while a slow client is still downloading and a pupil is in a class. The download
 * completes, whole; the pupil's socket is closed at once with 1001 and its disconnection written
 * before the database closes; the server logs its stop and exits.
 */
class GracefulStopIT {
  @TempDir Path dataDir;

  @Test
  void sigtermLetsTheAnswerInFlightFinishThenExits() throws Exception {
    try (ServerProcess server = new ServerProcess(dataDir)) {
      int port = server.port;
      String sha = largestAsset();
      LiveClient.Teacher teacher = LiveClient.Teacher.signIn(port, "teacher", server.firstPassword());
      LiveClient pupil = new LiveClient(port);
      assertThat(pupil.join(teacher.start(port, "rainforest").path("code").asText(), "Aino").path("type").asText())
          .isEqualTo("welcome");
      try (Socket socket = new Socket("127.0.0.1", port)) {
        socket.setReceiveBufferSize(16 * 1024);
        OutputStream out = socket.getOutputStream();
        out.write(("GET /assets/" + sha + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int n = in.read(chunk);
        received.write(chunk, 0, n);

        // SIGTERM, while most of the body is still to come (Process.destroy would also close our end
        // of the log pipe, so signal through the handle)
        server.terminate();
        Thread.sleep(300);
        while ((n = in.read(chunk)) > 0) {
          received.write(chunk, 0, n);
          Thread.sleep(1); // a slow pupil
        }
        byte[] all = received.toByteArray();
        int headerEnd = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII)) + 4;
        String headers = new String(all, 0, headerEnd, StandardCharsets.US_ASCII);
        assertThat(headers).startsWith("HTTP/1.1 200");
        byte[] body = java.util.Arrays.copyOfRange(all, headerEnd, all.length);
        assertThat(Sha256.of(body)).as("the whole asset arrived").isEqualTo(sha);
      }
      String log = server.awaitExit();
      assertThat(log).as("exit %d", server.process.exitValue()).contains("event=stop");
      assertThat(log).as("the pupil's disconnection was written before the database closed")
          .doesNotContain("journal-failure").doesNotContain("ERROR");
      // Told at once, not left until the grace time is over: the client reconnects by itself.
      assertThat(pupil.closed).isCompletedWithValue("1001 the server is restarting");
      assertThat(log).containsPattern("event=stop stopMillis=\\d+");
    }
  }

  private String largestAsset() throws Exception {
    Path manifest = dataDir.resolve("store/manifests/rainforest/high.json");
    String json = Files.readString(manifest);
    Matcher m = Pattern.compile("\"sha256\" : \"([0-9a-f]{64})\",\\s*\"size\" : (\\d+)").matcher(json);
    String best = null;
    long size = -1;
    while (m.find()) {
      if (Long.parseLong(m.group(2)) > size) {
        size = Long.parseLong(m.group(2));
        best = m.group(1);
      }
    }
    assertThat(size).isGreaterThan(500_000);
    return best;
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
