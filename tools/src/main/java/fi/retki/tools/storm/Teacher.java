package fi.retki.tools.storm;

import fi.retki.scenes.live.Command;
import fi.retki.scenes.live.Event;
import fi.retki.scenes.wire.Reply;
import fi.retki.scenes.wire.Request;
import fi.retki.scenes.wire.WireCodec;
import fi.retki.scenes.wire.WireException;
import fi.retki.tools.storm.Pupil.StormError;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One class's emulated teacher. Lives on the event loop it was made on, except {@link
 * #pupilSettled}, which any pupil's loop may call.
 */
final class Teacher {
  /*
   * The teacher watches the class's session and, once every pupil of the class has joined or
   * failed to, sends a go-to to the scene's points in turn, then ends the session. Each go-to's
   * send time is kept by the seq of the went-to it caused (matched by point, oldest first; a
   * refused go-to is dropped by its ref), so each pupil's receipt of that seq can be timed
   * against it: the storm runs in one JVM, so System.nanoTime is comparable across loops.
   */

  private record Outstanding(String ref, String poi, long sentNanos) {}

  private final Vertx vertx;
  private final Context context;
  private final StormPlan plan;
  private final WebSocketClient client;
  private final Console.SignedIn login;
  private final Console.Started session;
  private final List<String> points;
  private final AtomicInteger unsettled;
  private final Promise<Void> watching = Promise.promise();
  private final Promise<TeacherResult> done = Promise.promise();
  private final ArrayDeque<Outstanding> outstanding = new ArrayDeque<>();
  private final Map<Long, Long> sentBySeq = new HashMap<>();
  private WebSocket socket;
  private boolean welcomed;
  private boolean settled;
  private boolean begun;
  private boolean ended;
  private boolean over;
  private int sent;
  private int refused;
  private String error;
  private long periodic = -1;

  /** Made on the teacher's event loop. */
  Teacher(Vertx vertx, StormPlan plan, WebSocketClient client, Console.SignedIn login, Console.Started session,
      List<String> points) {
    this.vertx = vertx;
    this.context = vertx.getOrCreateContext();
    this.plan = plan;
    this.client = client;
    this.login = login;
    this.session = session;
    this.points = List.copyOf(points);
    this.unsettled = new AtomicInteger(plan.pupils());
  }

  Console.Started session() {
    return session;
  }

  /** Opens the watching socket; completes on the teacher's welcome. */
  Future<Void> watch() {
    client.connect(LiveEndpoint.connect(plan).putHeader("Cookie", login.cookie())).onComplete(connected -> {
      if (connected.failed()) {
        fail("teacher: connection: " + connected.cause().getClass().getSimpleName());
        return;
      }
      socket = connected.result();
      socket.textMessageHandler(this::frame);
      socket.exceptionHandler(e -> { });
      socket.closeHandler(v -> closed());
      socket.writeTextMessage(WireCodec.encodeRequest("watch", new Request.Watch(session.id())));
    });
    return watching.future();
  }

  /** One pupil of the class has joined, been refused, or failed; thread-safe. */
  void pupilSettled() {
    if (unsettled.decrementAndGet() == 0) {
      context.runOnContext(v -> {
        settled = true;
        begin();
      });
    }
  }

  Future<TeacherResult> done() {
    return done.future();
  }

  /**
   * Stops the teacher where it is, for the storm's time limit or a failed start; ends the session
   * if it is still open, so the storm leaves none behind. Thread-safe.
   */
  void stop() {
    context.runOnContext(v -> {
      if (over) {
        return;
      }
      if (!ended && error == null) {
        error = "teacher: the session was not over within the time limit";
      }
      if (welcomed && !ended) {
        socket.writeTextMessage(WireCodec.encodeRequest("end", new Request.Act(new Command.EndSession())));
      }
      finish();
    });
  }

  private void begin() {
    if (!welcomed || !settled || begun || over) {
      return;
    }
    begun = true;
    goTo();
    periodic = vertx.setPeriodic(plan.live().goToEvery().toMillis(), t -> {
      if (sent < plan.live().goTos()) {
        goTo();
      } else {
        vertx.cancelTimer(t);
      }
    });
    vertx.setTimer(plan.live().duration().toMillis(), t -> end());
  }

  private void goTo() {
    if (over) {
      return;
    }
    String ref = "g" + sent;
    String poi = points.get(sent % points.size());
    String frame = WireCodec.encodeRequest(ref, new Request.Act(new Command.GoTo(poi)));
    outstanding.add(new Outstanding(ref, poi, System.nanoTime()));
    socket.writeTextMessage(frame);
    sent++;
  }

  private void end() {
    vertx.cancelTimer(periodic);
    if (!over) {
      socket.writeTextMessage(WireCodec.encodeRequest("end", new Request.Act(new Command.EndSession())));
    }
  }

  private void frame(String text) {
    Reply reply;
    try {
      reply = WireCodec.decodeReply(text);
    } catch (WireException e) {
      firstError("teacher: unreadable frame (" + e.code() + ")");
      return;
    }
    if (reply instanceof Reply.Welcome) {
      welcomed = true;
      watching.tryComplete();
      begin();
    } else if (reply instanceof Reply.Failure failure) {
      refused(failure);
    } else if (reply instanceof Reply.Happened happened) {
      if (happened.event() instanceof Event.WentTo wentTo) {
        wentTo(happened.seq(), wentTo.poi());
      } else if (happened.event() instanceof Event.SessionEnded) {
        ended = true;
      }
    }
  }

  private void wentTo(long seq, String poi) {
    for (Iterator<Outstanding> it = outstanding.iterator(); it.hasNext(); ) {
      Outstanding goTo = it.next();
      if (goTo.poi().equals(poi)) {
        it.remove();
        sentBySeq.put(seq, goTo.sentNanos());
        return;
      }
    }
  }

  private void refused(Reply.Failure failure) {
    if ("watch".equals(failure.ref())) {
      fail("teacher: watching was refused (" + failure.code() + ")");
      return;
    }
    if (failure.ref() != null && outstanding.removeIf(goTo -> goTo.ref().equals(failure.ref()))) {
      refused++;
      firstError("teacher: go-to refused (" + failure.code() + ")");
      return;
    }
    firstError("teacher: error (" + failure.code() + ")");
  }

  private void closed() {
    if (!ended) {
      firstError("teacher: the connection closed before the session ended (" + socket.closeStatusCode() + ")");
    }
    finish();
  }

  private void fail(String kind) {
    firstError(kind);
    finish();
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
    vertx.cancelTimer(periodic);
    watching.tryFail(new StormError(error == null ? "teacher: stopped before watching" : error));
    if (socket != null && !socket.isClosed()) {
      socket.close();
    }
    done.complete(new TeacherResult(sent, refused, Map.copyOf(sentBySeq), error));
  }
}
