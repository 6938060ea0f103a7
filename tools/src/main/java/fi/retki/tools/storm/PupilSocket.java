package fi.retki.tools.storm;

import fi.retki.scenes.live.Command;
import fi.retki.scenes.live.Event;
import fi.retki.scenes.wire.Reply;
import fi.retki.scenes.wire.Request;
import fi.retki.scenes.wire.WireCodec;
import fi.retki.scenes.wire.WireException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import java.util.Arrays;

/**
 * One emulated pupil's {@code /live} connection: joins with the class's code, reports loading
 * progress at most every {@link #PROGRESS_MILLIS} (the last report is always 1.0 once loaded),
 * and notes every event's seq and when each went-to arrived. Lives on the pupil's event loop.
 */
final class PupilSocket {
  static final long PROGRESS_MILLIS = 250;

  private final Vertx vertx;
  private final StormPlan plan;
  private final WebSocketClient client;
  private final String code;
  private final String nickname;
  private final Runnable settled;
  private final Promise<LiveResult> done = Promise.promise();
  private WebSocket socket;
  private long joinSent;
  private long joinNanos = -1;
  private String refusal;
  private long welcomeSeq = -1;
  private long lastSeq = -1;
  private int outOfOrder;
  private int wentToOutOfOrder;
  private long gaps;
  private long[] wentToSeqs = new long[8];
  private long[] wentToNanos = new long[8];
  private int wentTo;
  private double loaded;
  private double reported = -1;
  private long reportedAt;
  private long progressTimer = -1;
  private int progressSent;
  private boolean ended;
  private boolean settledYet;
  private boolean over;
  private String error;

  /** {@code settled} runs once, when the join is decided either way or cannot happen. */
  PupilSocket(Vertx vertx, StormPlan plan, WebSocketClient client, String code, String nickname, Runnable settled) {
    this.vertx = vertx;
    this.plan = plan;
    this.client = client;
    this.code = code;
    this.nickname = nickname;
    this.settled = settled;
  }

  Future<LiveResult> join() {
    client.connect(LiveEndpoint.connect(plan)).onComplete(connected -> {
      if (connected.failed()) {
        error = "live: connection: " + connected.cause().getClass().getSimpleName();
        finish();
        return;
      }
      socket = connected.result();
      socket.textMessageHandler(this::frame);
      socket.exceptionHandler(e -> { });
      socket.closeHandler(v -> closed());
      String join = WireCodec.encodeRequest("join", new Request.Join(code, nickname));
      joinSent = System.nanoTime();
      socket.writeTextMessage(join);
    });
    return done.future();
  }

  /** The fraction of the scene's bytes loaded so far; reported once joined, throttled. */
  void progress(double fraction) {
    loaded = fraction;
    report();
  }

  /** Stops where it is, for the storm's time limit. */
  void stop() {
    if (over) {
      return;
    }
    if (error == null && refusal == null) {
      error = joinNanos < 0 ? "live: no welcome within the time limit"
          : "live: the session was not over within the time limit";
    }
    finish();
  }

  private void report() {
    if (joinNanos < 0 || over || progressTimer >= 0 || loaded == reported) {
      return;
    }
    long wait = PROGRESS_MILLIS - (System.nanoTime() - reportedAt) / 1_000_000;
    if (reported >= 0 && wait > 0) {
      progressTimer = vertx.setTimer(wait, t -> {
        progressTimer = -1;
        report();
      });
      return;
    }
    reported = loaded;
    reportedAt = System.nanoTime();
    progressSent++;
    socket.writeTextMessage(WireCodec.encodeRequest(null, new Request.Act(new Command.ReportProgress(loaded))));
  }

  private void frame(String text) {
    long now = System.nanoTime();
    Reply reply;
    try {
      reply = WireCodec.decodeReply(text);
    } catch (WireException e) {
      firstError("live: unreadable frame (" + e.code() + ")");
      return;
    }
    if (reply instanceof Reply.Happened happened) {
      happened(happened, now);
    } else if (reply instanceof Reply.Welcome welcome) {
      joinNanos = now - joinSent;
      welcomeSeq = welcome.seq();
      lastSeq = welcome.seq();
      settle();
      report();
    } else if (reply instanceof Reply.Failure failure) {
      if (joinNanos < 0 && "join".equals(failure.ref())) {
        refusal = failure.code();
        finish();
      } else {
        firstError("live: error (" + failure.code() + ")");
      }
    }
  }

  private void happened(Reply.Happened happened, long now) {
    long seq = happened.seq();
    boolean isWentTo = happened.event() instanceof Event.WentTo;
    if (seq <= lastSeq) {
      outOfOrder++;
      if (isWentTo) {
        wentToOutOfOrder++;
      }
    } else {
      gaps += seq - lastSeq - 1;
      lastSeq = seq;
    }
    if (isWentTo) {
      if (wentTo == wentToSeqs.length) {
        wentToSeqs = Arrays.copyOf(wentToSeqs, wentTo * 2);
        wentToNanos = Arrays.copyOf(wentToNanos, wentTo * 2);
      }
      wentToSeqs[wentTo] = seq;
      wentToNanos[wentTo] = now;
      wentTo++;
    } else if (happened.event() instanceof Event.SessionEnded) {
      ended = true;
    }
  }

  private void closed() {
    if (!ended && refusal == null) {
      firstError("live: the connection closed before the session ended (" + socket.closeStatusCode() + ")");
    }
    finish();
  }

  private void settle() {
    if (!settledYet) {
      settledYet = true;
      settled.run();
    }
  }

  private void firstError(String kind) {
    if (error == null) {
      error = kind;
    }
  }

  private void finish() {
    if (over) {
      return;
    }
    over = true;
    settle();
    vertx.cancelTimer(progressTimer);
    if (socket != null && !socket.isClosed()) {
      socket.close();
    }
    done.complete(new LiveResult(joinNanos, refusal, welcomeSeq, Arrays.copyOf(wentToSeqs, wentTo),
        Arrays.copyOf(wentToNanos, wentTo), outOfOrder, wentToOutOfOrder, gaps, progressSent, error));
  }
}
