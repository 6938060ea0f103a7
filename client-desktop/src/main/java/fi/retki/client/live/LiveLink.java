package fi.retki.client.live;

import fi.retki.scenes.live.Command;
import fi.retki.scenes.wire.Reply;
import fi.retki.scenes.wire.Request;
import fi.retki.scenes.wire.WireCodec;
import fi.retki.scenes.wire.WireException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One pupil's connection to a class session ({@code /live}), kept up across dropped connections.
 *
 * <p>{@link #join} connects and sends {@code join}; the server's {@code welcome} carries the
 * pupil's resume token. When the connection drops, the link reconnects by itself (waiting 0.5 s,
 * then twice as long each time up to 8 s), sends {@code rejoin} with that token, and then sends
 * again every request the server had not acknowledged, in the order they were made; the server
 * saves a note once however often it is sent (notes carry their own id). So a lost connection
 * loses nothing the pupil made.
 *
 * <p>All of the link's state belongs to its own thread, {@code retki-live}: public methods post
 * their work there and return at once, and the {@link Listener} is called there, in order. The
 * link also watches for silence: the server pings every 15 s, so 40 s without a frame means the
 * connection is dead even if the operating system has not noticed.
 */
public final class LiveLink implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(LiveLink.class.getName());
  static final long FIRST_BACKOFF_MILLIS = 500;
  static final long MAX_BACKOFF_MILLIS = 8000;
  static final long PROGRESS_EVERY_MILLIS = 250;
  static final long SILENCE_MILLIS = 40_000;
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** What a link is doing. */
  public enum ConnectionState {
    /** Connecting for the first time (or retrying a first connection that failed). */
    CONNECTING,
    /** Welcomed: requests go through. */
    CONNECTED,
    /** The connection dropped; reconnecting with the resume token. Requests wait. */
    RECONNECTING,
    /** Closed by {@link #close()}, or refused for good (see {@link Listener#refused}). */
    CLOSED
  }

  /** What the link tells the app, on the link's thread, in order. */
  public interface Listener {
    /** The server welcomed the pupil: after {@code join}, and again after every reconnect. */
    void welcome(Reply.Welcome welcome);

    /** Something happened in the session (events arrive in {@code seq} order). */
    void event(Reply.Happened event);

    /** The connection's state changed. */
    void connection(ConnectionState state);

    /**
     * The server refused the join or rejoin ({@code unknown-code}, {@code joining-locked},
     * {@code bad-nickname}, {@code unknown-resume-token}, …), or another device took over this
     * pupil ({@code replaced}). The link is then closed; to try again, make a new one.
     */
    void refused(String code, String message);
  }

  private final URI endpoint;
  private final Listener listener;
  private final HttpClient http;
  private final ScheduledThreadPoolExecutor loop;

  // Owned by the loop thread.
  private final Map<String, Pending> pending = new LinkedHashMap<>();
  private Request hello;
  private String helloRef;
  private Socket socket;
  private int generation;
  private boolean welcomed;
  private boolean everWelcomed;
  private boolean closed;
  private ConnectionState state;
  private long backoffMillis = FIRST_BACKOFF_MILLIS;
  private long nextRef;
  private double progress = Double.NaN;
  private double progressSent = Double.NaN;
  private long progressSentAt;
  private boolean progressFlushPlanned;
  private volatile String token;
  private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * A link to the server at {@code server}: its address ({@code http://host:port}) or the
   * WebSocket's ({@code ws://host:port/live}). Nothing connects until {@link #join}.
   */
  public LiveLink(URI server, Listener listener) {
    this.endpoint = endpoint(Objects.requireNonNull(server, "server"));
    this.listener = Objects.requireNonNull(listener, "listener");
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT).build();
    this.loop = new ScheduledThreadPoolExecutor(1, r -> {
      Thread thread = new Thread(r, "retki-live");
      thread.setDaemon(true);
      return thread;
    });
    loop.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    loop.scheduleWithFixedDelay(this::checkSilence, 5, 5, TimeUnit.SECONDS);
  }

  /** Joins the class with the code on the board under a nickname. Once per link. */
  public void join(String code, String nickname) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(nickname, "nickname");
    start(new Request.Join(code, nickname));
  }

  /** Joins the class with the picture code on the board (four picture names, in order). Once per link. */
  public void joinByPictures(java.util.List<String> pictures, String nickname) {
    Objects.requireNonNull(pictures, "pictures");
    Objects.requireNonNull(nickname, "nickname");
    start(new Request.JoinByPictures(pictures, nickname));
  }

  /** Comes back to a class with the resume token of an earlier welcome (after the app restarted). Once per link. */
  public void rejoin(String resumeToken) {
    Objects.requireNonNull(resumeToken, "resumeToken");
    token = resumeToken;
    start(new Request.Rejoin(resumeToken));
  }

  /**
   * Sends a session command. Completes when the server acknowledges it (for notes and plan
   * changes: once committed), or fails with {@link RejectedException} when the server refuses it.
   * A command not yet acknowledged when the connection drops is sent again after the reconnect.
   * Commands made before the welcome wait for it.
   */
  public CompletableFuture<Void> send(Command command) {
    Objects.requireNonNull(command, "command");
    CompletableFuture<Void> done = new CompletableFuture<>();
    if (!post(() -> {
      if (closed) {
        done.completeExceptionally(new IllegalStateException("the link to the class is closed"));
        return;
      }
      String ref = Long.toString(++nextRef);
      Pending request = new Pending(ref, command, done);
      pending.put(ref, request);
      if (welcomed) {
        transmit(request);
      }
    })) {
      done.completeExceptionally(new IllegalStateException("the link to the class is closed"));
    }
    return done;
  }

  /**
   * Reports loading progress (0 to 1) to the teacher. Fire and forget, at most about 4 a second:
   * values in between are dropped, but the last one is always sent.
   */
  public void progress(double fraction) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("progress is a fraction from 0 to 1, not " + fraction);
    }
    post(() -> {
      progress = fraction;
      flushProgress();
    });
  }

  /** The resume token from the last welcome, or {@code null} before the first. */
  public String resumeToken() {
    return token;
  }

  /** Closes the connection for good; requests not yet acknowledged fail. The pupil stays in the class. */
  @Override
  public void close() {
    post(() -> {
      end(null, null);
      loop.shutdown();
    });
  }

  /** Drops the connection abruptly, as a failing network would; the link reconnects as usual. */
  void dropForTest() {
    post(() -> {
      if (socket != null) {
        socket.webSocket.abort();
        lost(socket.generation, "dropped for a test");
      }
    });
  }

  // ---- on the loop thread

  private void start(Request request) {
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("this link has already joined; make a new LiveLink to join again");
    }
    post(() -> {
      if (closed) {
        return;
      }
      hello = request;
      setState(ConnectionState.CONNECTING);
      connect();
    });
  }

  private void connect() {
    int gen = ++generation;
    Socket.Reader reader = new Socket.Reader(gen, this);
    http.newWebSocketBuilder().connectTimeout(CONNECT_TIMEOUT).buildAsync(endpoint, reader)
        .whenComplete((webSocket, failure) -> post(() -> {
          if (failure != null) {
            lost(gen, "cannot reach the server at " + endpoint + ": " + failure.getMessage());
          } else if (closed || gen != generation) {
            webSocket.abort();
          } else {
            socket = new Socket(gen, webSocket);
            helloRef = "hello-" + gen;
            socket.send(WireCodec.encodeRequest(helloRef, hello));
          }
        }));
  }

  /** A text frame from connection {@code gen}. */
  void received(int gen, String frame) {
    if (closed || gen != generation) {
      return;
    }
    if (socket != null) {
      socket.heard = System.nanoTime();
    }
    Reply reply;
    try {
      reply = WireCodec.decodeReply(frame);
    } catch (WireException e) {
      LOG.log(Level.WARNING, "unreadable frame from the server: {0}", e.getMessage());
      return;
    }
    if (reply instanceof Reply.Welcome welcome) {
      welcomed(welcome);
    } else if (reply instanceof Reply.Happened happened) {
      listener.event(happened);
    } else if (reply instanceof Reply.Ack ack) {
      Pending request = ack.ref() == null ? null : pending.remove(ack.ref());
      if (request != null) {
        request.done.complete(null);
      }
    } else {
      failed((Reply.Failure) reply);
    }
  }

  /** Any frame (a ping too) shows the connection is alive. */
  void heard(int gen) {
    if (socket != null && socket.generation == gen) {
      socket.heard = System.nanoTime();
    }
  }

  private void welcomed(Reply.Welcome welcome) {
    if (welcome.token() != null) {
      token = welcome.token();
    }
    hello = new Request.Rejoin(token);
    welcomed = true;
    everWelcomed = true;
    backoffMillis = FIRST_BACKOFF_MILLIS;
    listener.welcome(welcome);
    setState(ConnectionState.CONNECTED);
    for (Pending request : new ArrayList<>(pending.values())) {
      transmit(request);
    }
    if (!Double.isNaN(progress)) {
      progressSent = Double.NaN; // the server may have missed it
      flushProgress();
    }
  }

  private void failed(Reply.Failure failure) {
    if (failure.ref() != null && failure.ref().equals(helloRef)) {
      end(failure.code(), failure.message());
      return;
    }
    Pending request = failure.ref() == null ? null : pending.remove(failure.ref());
    if (request == null) {
      LOG.log(Level.FINE, "the server says {0}: {1}", new Object[] {failure.code(), failure.message()});
    } else if (request.sends > 1 && alreadyDone(request.command, failure.code())) {
      // Sent again after a reconnect, but the first one had got through.
      request.done.complete(null);
    } else {
      request.done.completeExceptionally(new RejectedException(failure.code(), failure.message()));
    }
  }

  /** Refusals that, for a command sent a second time, mean the first one was carried out. */
  static boolean alreadyDone(Command command, String code) {
    return (command instanceof Command.PlaceObject && "object-exists".equals(code))
        || (command instanceof Command.RemoveObject && "unknown-object".equals(code));
  }

  /** Connection {@code gen} closed or failed. */
  void lost(int gen, String why) {
    if (closed || gen != generation) {
      return;
    }
    LOG.log(Level.FINE, "connection to the class lost: {0}", why);
    socket = null;
    welcomed = false;
    setState(everWelcomed ? ConnectionState.RECONNECTING : ConnectionState.CONNECTING);
    long wait = backoffMillis;
    backoffMillis = Math.min(MAX_BACKOFF_MILLIS, backoffMillis * 2);
    generation++; // nothing more from the lost connection counts
    loop.schedule(() -> {
      if (!closed) {
        connect();
      }
    }, wait, TimeUnit.MILLISECONDS);
  }

  /** The server closed connection {@code gen} with a status. */
  void closedByServer(int gen, int status, String reason) {
    if (status == 4000 && !closed && gen == generation) {
      end("replaced", "this pupil connected again on another device: " + reason);
    } else {
      lost(gen, "closed by the server (" + status + " " + reason + ")");
    }
  }

  private void transmit(Pending request) {
    request.sends++;
    socket.send(WireCodec.encodeRequest(request.ref, new Request.Act(request.command)));
  }

  private void flushProgress() {
    if (!welcomed || Double.isNaN(progress) || progress == progressSent) {
      return;
    }
    long sinceMillis = (System.nanoTime() - progressSentAt) / 1_000_000;
    if (!Double.isNaN(progressSent) && sinceMillis < PROGRESS_EVERY_MILLIS) {
      if (!progressFlushPlanned) {
        progressFlushPlanned = true;
        loop.schedule(() -> {
          progressFlushPlanned = false;
          flushProgress();
        }, PROGRESS_EVERY_MILLIS - sinceMillis, TimeUnit.MILLISECONDS);
      }
      return;
    }
    progressSent = progress;
    progressSentAt = System.nanoTime();
    socket.send(WireCodec.encodeRequest(null, new Request.Act(new Command.ReportProgress(progress))));
  }

  private void checkSilence() {
    if (socket != null && (System.nanoTime() - socket.heard) / 1_000_000 > SILENCE_MILLIS) {
      socket.webSocket.abort();
      lost(socket.generation, "nothing heard from the server for " + SILENCE_MILLIS / 1000 + " s");
    }
  }

  /** Closes for good; with a code, because the server refused us. */
  private void end(String code, String message) {
    if (closed) {
      return;
    }
    closed = true;
    welcomed = false;
    if (socket != null) {
      socket.close();
      socket = null;
    }
    Exception why = code == null ? new IllegalStateException("the link to the class was closed")
        : new RejectedException(code, message);
    for (Pending request : pending.values()) {
      request.done.completeExceptionally(why);
    }
    pending.clear();
    if (code != null) {
      listener.refused(code, message);
    }
    setState(ConnectionState.CLOSED);
  }

  private void setState(ConnectionState next) {
    if (state != next) {
      state = next;
      listener.connection(next);
    }
  }

  /** Runs {@code task} on the loop thread; false if the link is shut down. */
  boolean post(Runnable task) {
    try {
      loop.execute(() -> {
        try {
          task.run();
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "live link: " + e.getMessage(), e);
        }
      });
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  private static URI endpoint(URI server) {
    String scheme = switch (server.getScheme() == null ? "" : server.getScheme()) {
      case "http", "ws" -> "ws";
      case "https", "wss" -> "wss";
      default -> throw new IllegalArgumentException("the server address must start with http://, https://, ws:// or wss://, not " + server);
    };
    return URI.create(scheme + "://" + server.getRawAuthority() + "/live");
  }

  /** A request waiting for its ack. */
  private static final class Pending {
    final String ref;
    final Command command;
    final CompletableFuture<Void> done;
    int sends;

    Pending(String ref, Command command, CompletableFuture<Void> done) {
      this.ref = ref;
      this.command = command;
      this.done = done;
    }
  }

  /**
   * One WebSocket connection. The JDK's WebSocket allows one send in flight, so sends are chained;
   * a failed send fails the rest of the chain, and the reconnect sends the pending ones again.
   */
  private static final class Socket {
    final int generation;
    final WebSocket webSocket;
    volatile long heard = System.nanoTime();
    private CompletableFuture<WebSocket> tail;

    Socket(int generation, WebSocket webSocket) {
      this.generation = generation;
      this.webSocket = webSocket;
      this.tail = CompletableFuture.completedFuture(webSocket);
    }

    void send(String frame) {
      tail = tail.thenCompose(ws -> ws.sendText(frame, true));
    }

    void close() {
      tail.thenCompose(ws -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye"))
          .orTimeout(2, TimeUnit.SECONDS)
          .whenComplete((ws, failure) -> webSocket.abort());
    }

    /** Hands frames to the link's thread; called by the WebSocket one at a time. */
    static final class Reader implements WebSocket.Listener {
      private final int generation;
      private final LiveLink link;
      private final StringBuilder partial = new StringBuilder();

      Reader(int generation, LiveLink link) {
        this.generation = generation;
        this.link = link;
      }

      @Override
      public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
          String frame = partial.toString();
          partial.setLength(0);
          link.post(() -> link.received(generation, frame));
        }
        webSocket.request(1);
        return null;
      }

      @Override
      public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        link.post(() -> link.heard(generation));
        return WebSocket.Listener.super.onPing(webSocket, message);
      }

      @Override
      public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        link.post(() -> link.closedByServer(generation, statusCode, reason));
        return null;
      }

      @Override
      public void onError(WebSocket webSocket, Throwable error) {
        link.post(() -> link.lost(generation, String.valueOf(error.getMessage())));
      }
    }
  }
}
