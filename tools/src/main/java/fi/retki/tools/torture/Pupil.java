package fi.retki.tools.torture;

import fi.retki.scenes.live.Command;
import fi.retki.scenes.wire.Reply;
import fi.retki.scenes.wire.Request;
import fi.retki.scenes.wire.WireCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One pupil on {@code /live}: joins with the class's code, then saves notes one after another,
 * each as soon as the previous one is acknowledged, but never faster than {@link #MIN_GAP_MILLIS}
 * apart (the server's flood limit is 50 frames a second; a dropped frame would only slow the
 * torture, not test it). Every acknowledged note goes into the ledger.
 */
final class Pupil {
  static final long MIN_GAP_MILLIS = 25;
  private static final String[] WORDS = {"sammal", "kivi", "ötökkä", "Åland", "träd", "\"lainaus\"", "a\\b",
      "<b>ei</b>", "🦜", "emoji 🐸🌿", "tab\there", "rivi\nrivi", "ääkköset ÄÖÅ", "x", "{\"json\":1}"};

  private final String sessionId;
  private final String code;
  private final String nickname;
  private final Ledger ledger;
  private final ScheduledExecutorService timer;
  private final Random random;
  private final CompletableFuture<Pupil> welcomed = new CompletableFuture<>();
  private LiveLink link;
  private String token;
  private boolean running;
  private boolean closed;
  private int sent;
  private String outstandingRef;
  private String outstandingId;
  private String outstandingText;
  private long outstandingNanos;
  private long lastSendNanos;
  private int refused;

  Pupil(String sessionId, String code, String nickname, Ledger ledger, ScheduledExecutorService timer, long seed) {
    this.sessionId = sessionId;
    this.code = code;
    this.nickname = nickname;
    this.ledger = ledger;
    this.timer = timer;
    this.random = new Random(seed);
  }

  /** Opens the socket and joins; completes with this pupil once welcomed. */
  CompletableFuture<Pupil> join(HttpClient http, URI server) {
    LiveLink.open(http, server, null, this::reply, this::closed).whenComplete((opened, failure) -> {
      if (failure != null) {
        welcomed.completeExceptionally(failure);
        return;
      }
      synchronized (this) {
        link = opened;
      }
      opened.send(WireCodec.encodeRequest("join", new Request.Join(code, nickname)));
    });
    return welcomed;
  }

  String sessionId() {
    return sessionId;
  }

  /** The resume token from the welcome: what the pupil's snapshot uploads carry. */
  synchronized String token() {
    return token;
  }

  synchronized int refused() {
    return refused;
  }

  /** Starts saving notes until {@link #stop}. */
  synchronized void start() {
    running = true;
    sendNext();
  }

  /** Sends no more notes; the one on its way still gets its answer. */
  synchronized void pause() {
    running = false;
  }

  /** True while a note has been sent and not yet answered. */
  synchronized boolean waiting() {
    return outstandingRef != null && !closed;
  }

  synchronized void stop() {
    running = false;
    if (link != null) {
      link.abort();
    }
  }

  private synchronized void sendNext() {
    if (!running || closed || outstandingRef != null) {
      return;
    }
    long wait = MIN_GAP_MILLIS - (System.nanoTime() - lastSendNanos) / 1_000_000;
    if (wait > 0) {
      timer.schedule(this::sendNext, wait, TimeUnit.MILLISECONDS);
      return;
    }
    sent++;
    outstandingRef = "n" + sent;
    outstandingId = nickname + "-" + sent;
    outstandingText = text();
    lastSendNanos = System.nanoTime();
    outstandingNanos = lastSendNanos;
    link.send(WireCodec.encodeRequest(outstandingRef, new Request.Act(new Command.SaveNote(outstandingId, outstandingText))));
  }

  /** A note's text: its own id first, so no two are alike, then a few words that test the text's round trip. */
  private String text() {
    StringBuilder text = new StringBuilder(outstandingId).append(':');
    int words = 1 + random.nextInt(8);
    for (int i = 0; i < words; i++) {
      text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  private void reply(Reply reply) {
    synchronized (this) {
      if (reply instanceof Reply.Welcome welcome && token == null) {
        token = welcome.token();
      } else if (reply instanceof Reply.Ack ack && ack.ref().equals(outstandingRef)) {
        long now = System.nanoTime();
        ledger.noteAcked(new Ledger.Note(sessionId, outstandingId, outstandingText, now), now - outstandingNanos);
        outstandingRef = null;
        sendNext();
        return;
      } else if (reply instanceof Reply.Failure failure) {
        if ("join".equals(failure.ref())) {
          welcomed.completeExceptionally(new IllegalStateException(nickname + " could not join: " + failure.code()
              + " " + failure.message()));
          return;
        }
        // A refused note, or one dropped for flooding (that error has no ref): go on with the next.
        if (outstandingRef != null && (outstandingRef.equals(failure.ref()) || "slow-down".equals(failure.code()))) {
          refused++;
          outstandingRef = null;
          sendNext();
        }
        return;
      } else {
        return;
      }
    }
    welcomed.complete(this);
  }

  private void closed() {
    synchronized (this) {
      closed = true;
    }
    welcomed.completeExceptionally(new IllegalStateException(nickname + ": the connection closed before the welcome"));
  }
}
