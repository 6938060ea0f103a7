package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.scenes.SceneJson;
import fi.retki.scenes.live.JoinCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three packaged servers (not clustered, each on its own data) with {@code --proxy-protocol},
 * behind HAProxy running the committed {@code deploy/haproxy/retki.cfg}. The tests run in order on
 * the same processes; the last one kills a node.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LoadBalancerIT {
  private static final String TOKEN = "load-balancer-test-metrics";
  private static final Pattern TIMED_OUT = Pattern.compile("(?m)^retki_http_requests_timed_out_total (\\S+)$");

  private final List<ServerProcess> nodes = new ArrayList<>();
  private Haproxy haproxy;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void startThreeNodesBehindHaproxy(@TempDir Path dir) throws Exception {
    List<CompletableFuture<ServerProcess>> starting = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      Path data = Files.createDirectories(dir.resolve("node" + i));
      starting.add(CompletableFuture.supplyAsync(() -> {
        try {
          // A header timeout shorter than the tests' waits: a PROXY header that left the
          // connection guard's clock running would show as a closed socket or a timed-out count.
          return new ServerProcess(data, List.of("--proxy-protocol", "--header-timeout", "2s"),
              Map.of("RETKI_METRICS_TOKEN", TOKEN));
        } catch (Exception e) {
          throw new IllegalStateException("node " + data + " did not start", e);
        }
      }));
    }
    try {
      for (CompletableFuture<ServerProcess> node : starting) {
        nodes.add(node.join());
      }
    } finally {
      // Whatever started is stopped, even if another node did not start.
      for (CompletableFuture<ServerProcess> node : starting) {
        node.thenAccept(started -> {
          if (!nodes.contains(started)) {
            started.close();
          }
        });
      }
    }
    haproxy = new Haproxy(dir, nodes.stream().map(node -> node.port).toList());
  }

  @AfterAll
  void stopEverything() {
    if (haproxy != null) {
      haproxy.close();
    }
    nodes.forEach(ServerProcess::close);
  }

  @Test
  @Order(1)
  void everyNodeIsUpInHaproxysView_itsHealthChecksCarryingThePROXYHeader() {
    await("three healthy nodes").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
        .untilAsserted(() -> assertThat(haproxy.nodes().values()).as(String.join("\n", haproxy.log))
            .hasSize(3).allMatch(Haproxy.Node::healthy));
  }

  @Test
  @Order(2)
  void thirtyRequestsThroughHaproxyReachAllThreeNodes() throws Exception {
    Map<String, Haproxy.Node> before = haproxy.nodes();
    for (int i = 0; i < 30; i++) {
      HttpResponse<String> health = get("/health");
      assertThat(health.statusCode()).as("request %d", i).isEqualTo(200);
      assertThat(health.body()).contains("\"status\":\"up\"");
    }
    Map<String, Long> served = served(before, haproxy.nodes());
    System.out.println("load balancer: 30 requests per node: " + served);
    assertThat(served.values()).as("requests per node: %s", served).allMatch(n -> n >= 1);
    assertThat(served.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(30);
  }

  @Test
  @Order(3)
  void aWebSocketThroughHaproxyIsAnswered_andOutlivesTheNodesHeaderTimeout() throws Exception {
    try (RawWebSocket live = new RawWebSocket(haproxy.port)) {
      assertThat(live.endedWithin(3_000)).as("open after the nodes' 2 s header timeout").isFalse();
      live.sendText("{not json");
      RawWebSocket.Frame answer = live.read();
      assertThat(answer).isNotNull();
      assertThat(answer.opcode()).isEqualTo(RawWebSocket.TEXT);
      JsonNode error = SceneJson.mapper().readTree(answer.text());
      assertThat(error.path("type").asText()).isEqualTo("error");
      assertThat(error.path("code").asText()).isEqualTo("malformed");
    }
  }

  /*
   * Through HAProxy every connection comes from 127.0.0.1. Two "schools" connect from 127.0.0.2
   * and 127.0.0.3 (both loopback) to one node (the others in maintenance): if the node took
   * HAProxy's address for theirs, the first school's wrong codes would lock out the second.
   */
  @Test
  @Order(4)
  void aNodeCountsWrongJoinCodesByThePupilsAddress_notByHaproxys() throws Exception {
    haproxy.setState("node2", "maint");
    haproxy.setState("node3", "maint");
    try {
      await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(haproxy.nodes().values())
          .extracting(Haproxy.Node::status).containsExactly("UP", "MAINT", "MAINT"));
      int answered = 0;
      try (RawWebSocket guesser = new RawWebSocket("127.0.0.2", haproxy.port, 0)) {
        String code = null;
        while (answered < 40 && !"too-many-tries".equals(code)) {
          code = join(guesser, "ABCDE" + JoinCodes.ALPHABET.charAt(answered % JoinCodes.ALPHABET.length()));
          answered += code.equals("unknown-code") ? 1 : 0;
        }
        assertThat(code).as("after %d wrong codes", answered).isEqualTo("too-many-tries");
      }
      // A burst of 30 wrong codes, and one more for each 2 s the guessing took.
      assertThat(answered).isBetween(30, 32);
      try (RawWebSocket sameSchool = new RawWebSocket("127.0.0.2", haproxy.port, 0);
          RawWebSocket otherSchool = new RawWebSocket("127.0.0.3", haproxy.port, 0)) {
        assertThat(join(sameSchool, "ABCDEF")).isEqualTo("too-many-tries");
        assertThat(join(otherSchool, "ABCDEF")).as("another address is not locked out").isEqualTo("unknown-code");
      }
    } finally {
      haproxy.setState("node2", "ready");
      haproxy.setState("node3", "ready");
    }
    await("all three back").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
        .untilAsserted(() -> assertThat(haproxy.nodes().values()).allMatch(Haproxy.Node::healthy));
  }

  @Test
  @Order(5)
  void aNodeRefusesAConnectionWithoutThePROXYHeader_andTimedNothingOut() throws Exception {
    ServerProcess node = nodes.get(0);
    try (Socket direct = new Socket()) {
      direct.connect(new InetSocketAddress("127.0.0.1", node.port), 5_000);
      direct.setSoTimeout(5_000);
      direct.getOutputStream().write("GET /health HTTP/1.1\r\nHost: retki\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertThat(readAll(direct.getInputStream())).as("closed without an answer").isEmpty();
    }
    for (ServerProcess each : nodes) {
      String metrics = withProxyHeader(each.port, "GET /metrics HTTP/1.1\r\nHost: retki\r\nAuthorization: Bearer " + TOKEN
          + "\r\nConnection: close\r\n\r\n");
      assertThat(metrics).startsWith("HTTP/1.1 200");
      Matcher timedOut = TIMED_OUT.matcher(metrics);
      assertThat(timedOut.find()).as(metrics).isTrue();
      assertThat(Double.parseDouble(timedOut.group(1))).as("connections the guard timed out on node %d", each.port)
          .isZero();
    }
    assertThat(String.join("\n", node.log)).as("the refused connection is no error").doesNotContain("ERROR", "Exception");
  }

  @Test
  @Order(6)
  void aKilledNodeIsDownWithinFiveSeconds_andNoRequestThroughHaproxyFails() throws Exception {
    ServerProcess victim = nodes.get(1);
    victim.kill();
    long killed = System.nanoTime();
    int during = 0;
    while (!haproxy.nodes().get("node2").status().startsWith("DOWN")) {
      assertThat(System.nanoTime() - killed).as("node2 DOWN in HAProxy within 5 s").isLessThan(5_000_000_000L);
      assertThat(get("/health").statusCode()).as("request %d after the kill", during).isEqualTo(200);
      during++;
    }
    double seconds = (System.nanoTime() - killed) / 1e9;
    Map<String, Haproxy.Node> before = haproxy.nodes();
    for (int i = 0; i < 30; i++) {
      assertThat(get("/health").statusCode()).as("request %d once node2 is down", i).isEqualTo(200);
    }
    Map<String, Long> served = served(before, haproxy.nodes());
    System.out.printf("load balancer: node2 DOWN %.1f s after kill -9 %d, %d requests meanwhile, then 30: %s%n",
        seconds, victim.pid(), during, served);
    assertThat(during).as("requests while HAProxy still counted node2 in").isPositive();
    assertThat(served).containsEntry("node2", 0L);
    assertThat(served.get("node1") + served.get("node3")).isEqualTo(30);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + haproxy.port + path))
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Requests each node served between two readings of HAProxy's counts. */
  private static Map<String, Long> served(Map<String, Haproxy.Node> before, Map<String, Haproxy.Node> after) {
    Map<String, Long> served = new TreeMap<>();
    after.forEach((name, node) -> served.put(name, node.totalSessions() - before.get(name).totalSessions()));
    return served;
  }

  /** Sends a join with {@code code} and gives the error's code (no class is open, so none is right). */
  private static String join(RawWebSocket socket, String code) throws IOException {
    socket.sendText("{\"v\":1,\"type\":\"join\",\"code\":\"" + code + "\",\"nickname\":\"Guesser\"}");
    RawWebSocket.Frame answer = socket.read();
    assertThat(answer).as("an answer to join %s", code).isNotNull();
    return SceneJson.mapper().readTree(answer.text()).path("code").asText();
  }

  /** A request straight to a node, as HAProxy sends it: a PROXY v1 header naming the client first. */
  private static String withProxyHeader(int port, String request) throws IOException {
    try (Socket direct = new Socket()) {
      direct.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      direct.setSoTimeout(5_000);
      direct.getOutputStream().write(("PROXY TCP4 127.0.0.9 127.0.0.1 40000 " + port + "\r\n" + request)
          .getBytes(StandardCharsets.US_ASCII));
      return readAll(direct.getInputStream());
    }
  }

  /** Everything until the other end closes; fails if it neither answers nor closes within the socket's timeout. */
  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    try {
      for (int n; (n = in.read(chunk)) >= 0; ) {
        all.write(chunk, 0, n);
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the server neither answered nor closed within the timeout; got: " + all, e);
    } catch (java.net.SocketException reset) {
      // closed by a reset: the end all the same
    }
    return all.toString(StandardCharsets.UTF_8);
  }
}
