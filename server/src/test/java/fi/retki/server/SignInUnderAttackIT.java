package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Sign-in attacked by bursts of wrong passwords: real server, real HTTP from real loopback addresses. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SignInUnderAttackIT extends SignedInServer {
  @Test
  void aHundredConcurrentWrongPasswordsForOneNameCostAtMostTheNamesBudgetOfChecks() throws Exception {
    long checksBefore = passwordChecks();
    List<Answer> answers = burst(100, i -> login("127.0.2.1", wrong("aino", i), null));
    long checks = passwordChecks() - checksBefore;
    Map<Integer, Integer> statuses = statuses(answers);
    System.out.printf(Locale.ROOT, "100 concurrent wrong passwords for one name: %d checked, answers %s%n",
        checks, statuses);
    assertThat(checks).as("bcrypt checks run").isLessThanOrEqualTo(5);
    assertThat(statuses.getOrDefault(401, 0)).isEqualTo((int) checks);
    assertThat(statuses.getOrDefault(429, 0)).isEqualTo(100 - (int) checks);
    assertThat(answers).filteredOn(answer -> answer.status() == 429)
        .allSatisfy(answer -> assertThat(Long.parseLong(answer.header("retry-after"))).isPositive());
  }

  @Test
  void afterABurstAgainstHerNameFromHerSchoolsAddressTheTeacherStillSignsInFromHerOwnDevice() throws Exception {
    String school = "127.0.3.1";
    String password = fixture.server.firstTeacherPassword();
    Answer earlier = login(school, right(password), null);
    assertThat(earlier.status()).as(earlier.body()).isEqualTo(200);
    String device = deviceCookie(earlier);
    assertThat(earlier.headers().get("set-cookie")).anySatisfy(cookie -> assertThat(cookie)
        .startsWith("retki_device=").contains("HttpOnly", "SameSite=Strict", "Path=/api/login", "Max-Age="));

    // A pupil on the school's address, one wrong password after another, as fast as answered.
    List<Answer> sequential = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      sequential.add(login(school, wrong("teacher", i), null));
    }
    List<Integer> statuses = sequential.stream().map(Answer::status).toList();
    assertThat(statuses.subList(0, 5)).as("the name's five free tries").containsOnly(401);
    assertThat(statuses.subList(5, 20)).containsOnly(429);
    List<Long> waits = sequential.subList(5, 20).stream().map(answer -> Long.parseLong(answer.header("retry-after")))
        .toList();
    System.out.printf(Locale.ROOT, "the attacker's waits (Retry-After, s): %s%n", waits);
    assertThat(waits).as("never shorter than the one before").isSorted();
    assertThat(waits.get(waits.size() - 1)).as("and growing").isGreaterThan(4 * waits.get(0));
    long checksBefore = passwordChecks();
    assertThat(statuses(burst(50, i -> login(school, wrong("teacher", 100 + i), null))))
        .as("then a burst of 50").containsOnlyKeys(429);
    assertThat(passwordChecks() - checksBefore).as("none of them checked").isZero();

    Answer fromHerDevice = login(school, right(password), device);
    assertThat(fromHerDevice.status()).as(fromHerDevice.body()).isEqualTo(200);
    assertThat(deviceCookie(fromHerDevice)).as("the same device, renewed").startsWith(device.substring(0,
        device.indexOf('.', device.indexOf('.') + 1)));

    Answer again = login(school, wrong("teacher", 999), null);
    assertThat(again.status()).isEqualTo(429);
    assertThat(Long.parseLong(again.header("retry-after"))).as("the attacker still waits, longer")
        .isGreaterThanOrEqualTo(waits.get(waits.size() - 1));
    assertThat(login(school, right(password), null).status()).as("a new device at the school").isEqualTo(429);
    assertThat(login("127.0.3.2", right(password), null).status()).as("a new device elsewhere: the name waits")
        .isEqualTo(429);
    assertThat(login(school, "{\"name\":\"mallory\",\"password\":\"guess\"}", device).status())
        .as("her device cookie with another name is a stranger's").isEqualTo(429);
  }

  @Test
  void aPupilsNoteIsAcknowledgedWithinASecondDuringSixtyConcurrentBadSignIns() throws Exception {
    JsonNode session = teacher.start(port, "rainforest");
    try (LiveClient aino = new LiveClient(port)) {
      assertThat(aino.join(session.path("code").asText(), "Aino").path("type").asText()).isEqualTo("welcome");
      noteAckMillis(aino, "warm-up");
      long checksBefore = passwordChecks();
      // Sixty attackers on sixty addresses and names, so that no per-address or per-name limit
      // stops them before the password check: only the check's own pool stands between them and
      // the database's.
      ExecutorService attackers = Executors.newFixedThreadPool(60);
      CountDownLatch ready = new CountDownLatch(60);
      CountDownLatch go = new CountDownLatch(1);
      List<CompletableFuture<Answer>> answers = new ArrayList<>();
      try {
        for (int i = 0; i < 60; i++) {
          String from = "127.0.1." + (i + 1);
          String body = "{\"name\":\"guess" + i + "\",\"password\":\"wrong password " + i + "\"}";
          answers.add(CompletableFuture.supplyAsync(() -> login(from, body, null, ready, go), attackers));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).as("60 sign-ins all but sent").isTrue();
        long before = noteAckMillis(aino, "calm");
        go.countDown();
        awaitChecksAbove(checksBefore);
        // A note every 100 ms (a busy pupil) for as long as checks are still running.
        List<Long> acks = new ArrayList<>();
        while (acks.size() < 5 || (acks.size() < 100 && answers.stream().anyMatch(answer -> !answer.isDone()))) {
          acks.add(noteAckMillis(aino, "burst-" + acks.size()));
          Thread.sleep(100);
        }
        List<Long> sorted = acks.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        long during = sorted.get(sorted.size() - 1);
        List<Answer> done = new ArrayList<>();
        for (CompletableFuture<Answer> answer : answers) {
          done.add(answer.get(90, TimeUnit.SECONDS));
        }
        Map<Integer, Integer> statuses = statuses(done);
        assertThat(done).filteredOn(answer -> answer.status() == 503).as("refused at once, told when to come back")
            .allSatisfy(answer -> assertThat(answer.header("retry-after")).isNotNull());
        System.out.printf(Locale.ROOT, "note ack: %d ms before; during 60 bad sign-ins, %d notes: median %d ms,"
            + " slowest %d ms; answers %s%n", before, acks.size(), median, during, statuses);
        assertThat(statuses.getOrDefault(401, 0) + statuses.getOrDefault(503, 0)).isEqualTo(60);
        assertThat(statuses.getOrDefault(401, 0)).as("checked, not all refused").isPositive();
        assertThat(during).as("the slowest note's ack during the burst, in ms").isLessThan(1000);
      } finally {
        attackers.shutdownNow();
      }
    }
  }

  private static long passwordChecks() {
    return fixture.server.state().live().passwordChecks();
  }

  /** Waits (at most 30 s) until a password check has started since {@code count}: the burst is under way. */
  private static void awaitChecksAbove(long count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (passwordChecks() <= count && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(passwordChecks()).as("a check has started").isGreaterThan(count);
  }

  private static String wrong(String name, int i) {
    return "{\"name\":\"" + name + "\",\"password\":\"wrong password " + i + "\"}";
  }

  private static String right(String password) {
    return "{\"name\":\"teacher\",\"password\":\"" + password + "\"}";
  }

  /** The retki_device cookie an answer sets, as a Cookie header's name=value. */
  private static String deviceCookie(Answer answer) {
    return answer.headers().get("set-cookie").stream().filter(cookie -> cookie.startsWith("retki_device="))
        .map(cookie -> cookie.split(";")[0]).findFirst().orElseThrow();
  }

  private static Map<Integer, Integer> statuses(List<Answer> answers) {
    Map<Integer, Integer> statuses = new TreeMap<>();
    answers.forEach(answer -> statuses.merge(answer.status(), 1, Integer::sum));
    return statuses;
  }

  /** {@code n} sign-ins at once, each on its own thread; their answers. */
  private static List<Answer> burst(int n, java.util.function.IntFunction<Answer> signIn) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch ready = new CountDownLatch(n);
      List<CompletableFuture<Answer>> answers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        answers.add(CompletableFuture.supplyAsync(() -> {
          ready.countDown();
          try {
            ready.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return signIn.apply(index);
        }, threads));
      }
      List<Answer> done = new ArrayList<>();
      for (CompletableFuture<Answer> answer : answers) {
        done.add(answer.get(90, TimeUnit.SECONDS));
      }
      return done;
    } finally {
      threads.shutdownNow();
    }
  }

  private static long noteAckMillis(LiveClient pupil, String ref) throws Exception {
    long start = System.nanoTime();
    pupil.send("{\"v\":1,\"type\":\"save-note\",\"ref\":\"" + ref + "\",\"noteId\":\"n-" + ref + "\",\"text\":\"A toucan\"}");
    JsonNode ack = pupil.nextWithin("ack", 90);
    assertThat(ack.path("ref").asText()).isEqualTo(ref);
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  /** A sign-in's answer: status and headers (lower-case names). */
  record Answer(int status, Map<String, List<String>> headers, String body) {
    String header(String name) {
      List<String> values = headers.get(name);
      return values == null ? null : values.get(0);
    }
  }

  /**
   * POST /api/login over a socket bound to {@code from} (any 127.x.y.z reaches the server on
   * Linux), so that the server sees that address.
   */
  static Answer login(String from, String json, String cookie) {
    return login(from, json, cookie, null, null);
  }

  /**
   * As {@link #login(String, String, String)}; with latches, all but the body's last byte is
   * sent, then {@code ready} counted down, and the last byte sent once {@code go} opens.
   */
  static Answer login(String from, String json, String cookie, CountDownLatch ready, CountDownLatch go) {
    try (Socket socket = new Socket()) {
      socket.setSoTimeout(90_000);
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      String head = "POST /api/login HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
          + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
          + (cookie == null ? "" : "Cookie: " + cookie + "\r\n") + "Connection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, body.length - 1);
      out.flush();
      if (ready != null) {
        ready.countDown();
        if (!go.await(60, TimeUnit.SECONDS)) {
          throw new IllegalStateException("never told to go");
        }
      }
      out.write(body, body.length - 1, 1);
      out.flush();
      return parse(socket.getInputStream());
    } catch (IOException e) {
      throw new IllegalStateException("sign-in from " + from + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static Answer parse(InputStream in) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    assertThat(end).as("a whole HTTP head: " + text).isPositive();
    String[] lines = text.substring(0, end).split("\r\n");
    Map<String, List<String>> headers = new ConcurrentHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
  }
}
