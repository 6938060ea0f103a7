package fi.retki.client.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.client.TestServer;
import fi.retki.client.live.LiveLink.ConnectionState;
import fi.retki.client.net.ServerApi;
import fi.retki.scenes.live.Command;
import fi.retki.scenes.live.Event;
import fi.retki.scenes.wire.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pupil's link against a real server, with a class session started by its teacher. */
class LiveLinkIT {
  private static final long WAIT_SECONDS = 15;

  @TempDir
  static Path data;
  static TestServer server;

  String sessionId;
  String code;
  final Recorder recorder = new Recorder();
  LiveLink link;

  @BeforeAll
  static void start() throws Exception {
    server = new TestServer(data);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @BeforeEach
  void session() throws Exception {
    JsonNode session = server.startSession("rainforest");
    sessionId = session.path("id").asText();
    code = session.path("code").asText();
    link = new LiveLink(server.base(), recorder);
  }

  @AfterEach
  void close() {
    link.close();
  }

  @Test
  void join_thenSaveNote_isAcked() throws Exception {
    link.join(code, "Aino");
    Reply.Welcome welcome = recorder.welcome();

    link.send(new Command.SaveNote("n-1", "Lianas everywhere")).get(WAIT_SECONDS, TimeUnit.SECONDS);

    assertThat(welcome.role()).isEqualTo("pupil");
    assertThat(welcome.session().scene()).isEqualTo("rainforest");
    assertThat(link.resumeToken()).isEqualTo(welcome.token()).isNotBlank();
    assertThat(recorder.states()).startsWith(ConnectionState.CONNECTING, ConnectionState.CONNECTED);
    Event.NoteSaved saved = (Event.NoteSaved) recorder.event(e -> e instanceof Event.NoteSaved).event();
    assertThat(saved.noteId()).isEqualTo("n-1");
    assertThat(saved.pupilId()).isEqualTo(welcome.you());
  }

  @Test
  void commandsBeforeTheWelcome_waitForIt() throws Exception {
    link.join(code, "Aino");
    CompletableFuture<Void> note = link.send(new Command.SaveNote("n-early", "Sent at once"));

    note.get(WAIT_SECONDS, TimeUnit.SECONDS);

    assertThat(notes("n-early")).isEqualTo(1);
  }

  @Test
  void refusedCommand_failsWithTheServersCode() throws Exception {
    link.join(code, "Aino");
    recorder.welcome();

    assertThatThrownBy(() -> link.send(new Command.GoTo("canopy")).get(WAIT_SECONDS, TimeUnit.SECONDS))
        .cause().isInstanceOf(RejectedException.class)
        .satisfies(e -> assertThat(((RejectedException) e).code()).isEqualTo("not-teacher"));
  }

  @Test
  void droppedConnection_reconnectsWithRejoin_andANoteSentMeanwhileIsSavedOnce() throws Exception {
    link.join(code, "Aino");
    Reply.Welcome first = recorder.welcome();

    link.dropForTest();
    CompletableFuture<Void> note = link.send(new Command.SaveNote("n-2", "Written while offline"));
    note.get(WAIT_SECONDS, TimeUnit.SECONDS);

    Reply.Welcome again = recorder.welcome();
    assertThat(again.you()).isEqualTo(first.you());
    assertThat(link.resumeToken()).isEqualTo(first.token());
    assertThat(recorder.states()).containsSubsequence(ConnectionState.CONNECTED, ConnectionState.RECONNECTING,
        ConnectionState.CONNECTED);
    assertThat(notes("n-2")).isEqualTo(1);
    JsonNode pupils = server.work(sessionId).path("pupils");
    assertThat(pupils).hasSize(1);
  }

  @Test
  void noteInFlightWhenTheConnectionDrops_isSentAgain_andSavedOnce() throws Exception {
    link.join(code, "Aino");
    recorder.welcome();

    CompletableFuture<Void> note = link.send(new Command.SaveNote("n-3", "Maybe it got there"));
    link.dropForTest();
    note.get(WAIT_SECONDS, TimeUnit.SECONDS);

    assertThat(notes("n-3")).isEqualTo(1);
    link.send(new Command.SaveNote("n-3", "Maybe it got there")).get(WAIT_SECONDS, TimeUnit.SECONDS);
    assertThat(notes("n-3")).isEqualTo(1);
  }

  @Test
  void wrongCode_isRefused_andTheLinkCloses() throws Exception {
    link.join("ZZZZZZ", "Aino");

    assertThat(recorder.refusals.poll(WAIT_SECONDS, TimeUnit.SECONDS)).startsWith("unknown-code:");
    recorder.awaitState(ConnectionState.CLOSED);
    assertThatThrownBy(() -> link.send(new Command.Leave()).get(WAIT_SECONDS, TimeUnit.SECONDS))
        .cause().isInstanceOf(IllegalStateException.class);
  }

  @Test
  void progress_isThinnedOut_butTheLastValueArrives() throws Exception {
    link.join(code, "Aino");
    recorder.welcome();

    for (int i = 1; i <= 100; i++) {
      link.progress(i / 100.0);
    }

    Event.ProgressReported last = (Event.ProgressReported) recorder.event(
        e -> e instanceof Event.ProgressReported p && p.fraction() == 1.0).event();
    assertThat(last.fraction()).isEqualTo(1.0);
    long reports = recorder.events.stream().filter(h -> h.event() instanceof Event.ProgressReported).count();
    assertThat(reports).isBetween(1L, 5L);
  }

  @Test
  void snapshot_uploadedWithTheResumeToken_isAttached() throws Exception {
    link.join(code, "Aino");
    recorder.welcome();
    java.awt.image.BufferedImage view = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
    view.setRGB(1, 1, 0x2e7d32);
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(view, "png", png);

    String snapshotId = new ServerApi(server.base()).uploadSnapshot(link.resumeToken(), png.toByteArray())
        .get(WAIT_SECONDS, TimeUnit.SECONDS);

    Event.SnapshotAttached attached = (Event.SnapshotAttached) recorder.event(
        e -> e instanceof Event.SnapshotAttached).event();
    assertThat(attached.snapshotId()).isEqualTo(snapshotId);
    // The server stores the pixels re-encoded, so the size is its own PNG's.
    assertThat(attached.bytes()).isPositive();
  }

  @Test
  void snapshot_whosePngIsDamaged_isRefusedWithTheServersReason() throws Exception {
    link.join(code, "Aino");
    recorder.welcome();
    // A 1x1 PNG whose image data does not match its checksum.
    byte[] damaged = java.util.HexFormat.of().parseHex(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000000000500010d0a2db40000000049454e44ae426082");

    assertThatThrownBy(() -> new ServerApi(server.base()).uploadSnapshot(link.resumeToken(), damaged)
        .get(WAIT_SECONDS, TimeUnit.SECONDS))
        .hasMessageContaining("422").hasMessageContaining("checksum does not match");
  }

  /** How many of the session's saved notes have this id. */
  private int notes(String noteId) throws Exception {
    int count = 0;
    for (JsonNode note : server.work(sessionId).path("notes")) {
      if (note.path("id").asText().equals(noteId)) {
        count++;
      }
    }
    return count;
  }

  /** What the link told, with waits bounded in time. */
  static final class Recorder implements LiveLink.Listener {
    final BlockingQueue<Reply.Welcome> welcomes = new LinkedBlockingQueue<>();
    final List<Reply.Happened> events = Collections.synchronizedList(new ArrayList<>());
    final BlockingQueue<ConnectionState> stateQueue = new LinkedBlockingQueue<>();
    final List<ConnectionState> states = Collections.synchronizedList(new ArrayList<>());
    final BlockingQueue<String> refusals = new LinkedBlockingQueue<>();

    @Override
    public void welcome(Reply.Welcome welcome) {
      welcomes.add(welcome);
    }

    @Override
    public void event(Reply.Happened event) {
      synchronized (events) {
        events.add(event);
        events.notifyAll();
      }
    }

    @Override
    public void connection(ConnectionState state) {
      states.add(state);
      stateQueue.add(state);
    }

    @Override
    public void refused(String code, String message) {
      refusals.add(code + ": " + message);
    }

    Reply.Welcome welcome() throws InterruptedException {
      Reply.Welcome welcome = welcomes.poll(WAIT_SECONDS, TimeUnit.SECONDS);
      assertThat(welcome).as("a welcome within " + WAIT_SECONDS + " s").isNotNull();
      return welcome;
    }

    Reply.Happened event(Predicate<Event> wanted) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
      synchronized (events) {
        while (true) {
          for (Reply.Happened happened : events) {
            if (wanted.test(happened.event())) {
              return happened;
            }
          }
          long left = deadline - System.nanoTime();
          assertThat(left).as("the event within " + WAIT_SECONDS + " s; got " + events).isPositive();
          events.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
        }
      }
    }

    void awaitState(ConnectionState wanted) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
      while (!states.contains(wanted)) {
        ConnectionState next = stateQueue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        assertThat(next).as("state " + wanted + " within " + WAIT_SECONDS + " s").isNotNull();
      }
    }

    List<ConnectionState> states() {
      return List.copyOf(states);
    }
  }
}
