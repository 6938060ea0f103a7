package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy run with the committed configuration ({@code deploy/haproxy/retki.cfg}), as an operator
 * would, its addresses given through the environment: the tests' free ports, its admin socket in
 * a private temporary directory. Reads each node's state and session counts from that socket.
 */
final class Haproxy implements AutoCloseable {
  /* The tests run in server/, the configuration lives at the top of the repository. */
  static final Path CONFIG = Path.of("../deploy/haproxy/retki.cfg");
  static final String BACKEND = "retki_nodes";

  /** One node as HAProxy sees it: a row of {@code show stat}. */
  record Node(String name, String status, String checkStatus, long currentSessions, long totalSessions) {
    /** UP, and its last health check (with the PROXY header) was answered at layer 7. */
    boolean healthy() {
      return status.equals("UP") && checkStatus.equals("L7OK");
    }
  }

  final int port;
  final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final Process process;
  private final Path socket;
  private final Thread reader;

  /** Starts HAProxy in front of the nodes on {@code nodePorts} (at most three) and waits until its port accepts. */
  Haproxy(Path dir, List<Integer> nodePorts) throws Exception {
    if (nodePorts.isEmpty() || nodePorts.size() > 3) {
      throw new IllegalArgumentException("the configuration lists three nodes, not " + nodePorts.size());
    }
    assertThat(CONFIG).as("the committed configuration").isRegularFile();
    Path admin = Files.createDirectories(dir.resolve("haproxy"));
    Files.setPosixFilePermissions(admin, PosixFilePermissions.fromString("rwx------"));
    socket = admin.resolve("admin.sock");
    port = freePort();
    ProcessBuilder builder = new ProcessBuilder(executable(), "-db", "-f", CONFIG.toString()).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("RETKI_LB_BIND", "127.0.0.1:" + port);
    env.put("RETKI_LB_SOCKET", socket.toString());
    for (int i = 0; i < 3; i++) {
      // An unused node is a closed port: HAProxy marks it DOWN and sends it nothing.
      int node = i < nodePorts.size() ? nodePorts.get(i) : freePort();
      env.put("RETKI_NODE" + (i + 1), "127.0.0.1:" + node);
    }
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("haproxy is not installed: ./test.sh --install-only installs it", e);
    }
    reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = lines.readLine()) != null; ) {
          log.add(line);
        }
      } catch (IOException e) {
        // the process is gone
      }
    }, "haproxy-log");
    reader.start();
    try {
      await("haproxy accepts on " + port).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
          .until(() -> {
            assertThat(process.isAlive()).as("haproxy is running:\n%s", String.join("\n", log)).isTrue();
            return accepts(port) && Files.exists(socket);
          });
    } catch (RuntimeException | Error e) {
      close();
      throw e;
    }
  }

  /** The backend's nodes by name (node1, node2, ...), from {@code show stat}. */
  Map<String, Node> nodes() throws IOException {
    String[] lines = command("show stat").split("\n");
    List<String> header = Arrays.asList(lines[0].replaceFirst("^# ", "").split(",", -1));
    int pxname = header.indexOf("pxname");
    int svname = header.indexOf("svname");
    int status = header.indexOf("status");
    int check = header.indexOf("check_status");
    int scur = header.indexOf("scur");
    int stot = header.indexOf("stot");
    Map<String, Node> nodes = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      String[] row = lines[i].split(",", -1);
      if (row.length > stot && row[pxname].equals(BACKEND) && !row[svname].equals("BACKEND")) {
        nodes.put(row[svname], new Node(row[svname], row[status], row[check], Long.parseLong(row[scur]),
            Long.parseLong(row[stot])));
      }
    }
    return nodes;
  }

  /** Sets a node's administrative state: {@code maint} (takes no traffic), {@code drain} or {@code ready}. */
  void setState(String node, String state) throws IOException {
    String answer = command("set server " + BACKEND + "/" + node + " state " + state).strip();
    assertThat(answer).as("haproxy's answer to setting %s %s", node, state).isEmpty();
  }

  /** One command on the admin socket; HAProxy answers and closes. */
  String command(String line) throws IOException {
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(socket));
      channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.US_ASCII)));
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      ByteBuffer buffer = ByteBuffer.allocate(16 << 10);
      while (channel.read(buffer) >= 0) {
        answer.write(buffer.array(), 0, buffer.position());
        buffer.clear();
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  /** SIGTERM to its PID, then SIGKILL if it has not stopped within 10 s. */
  @Override
  public void close() {
    ProcessHandle handle = process.toHandle();
    handle.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        handle.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
      reader.join(5_000);
    } catch (InterruptedException e) {
      handle.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** Debian puts haproxy in /usr/sbin, which is not on every user's PATH. */
  private static String executable() {
    Path sbin = Path.of("/usr/sbin/haproxy");
    return Files.isExecutable(sbin) ? sbin.toString() : "haproxy";
  }

  static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    }
  }

  private static boolean accepts(int port) {
    try (Socket probe = new Socket()) {
      probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
