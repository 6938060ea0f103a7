package fi.retki.server.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.ScheduledFuture;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServer;
import io.vertx.core.net.impl.ConnectionBase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Holds the server's TCP connections within a cap and each HTTP/1 request within a time: a new
 * connection must start speaking HTTP within the header timeout, a request's headers must
 * arrive within the header timeout of its first byte, and its body within the request timeout of
 * its headers. Shared by every event loop's server; the connection count is one atomic across
 * them all, WebSockets included.
 */
public final class ConnectionGuard {
  /*
   * Vert.x 5 has neither a connection cap nor a hook at accept: with h2c on, it makes a connection
   * (and calls the connection handler) only once the first bytes have told HTTP/1 from HTTP/2, so
   * a socket that never sends a byte would be neither counted nor timed. The guard therefore
   * watches the listening channel itself (found once at start, see ListeningChannel): every
   * accepted socket is counted there and given the header timeout to become an HTTP connection.
   * At the cap, a new socket takes the place of the oldest one that has not sent a whole request's
   * headers yet; only if every held socket is a real HTTP or WebSocket connection is it closed.
   *
   * Vert.x 5 has an idle timeout but neither a header nor a body timeout, so the guard adds two
   * small Netty handlers around Vert.x's HTTP/1 decoder: the one before it sees raw bytes (the
   * first byte of a request starts the header clock), the one after it sees decoded requests
   * (headers complete: the body clock starts; last content: the clock stops). Both run on the
   * connection's event loop, so the clock needs no locking. Once the connection stops being
   * HTTP/1 (WebSocket or h2c upgrade: the decoder is gone) the handlers take themselves out;
   * WebSockets are kept alive by the live protocol's pings and closed by the idle timeout.
   */
  private static final String DECODER = "httpDecoder";
  private static final AttributeKey<Boolean> WATCHED = AttributeKey.valueOf("retki.connections.watched");

  private final int max;
  private final long headerMillis;
  private final long bodyMillis;
  private final AtomicInteger open = new AtomicInteger();
  private final LongAdder refused = new LongAdder();
  private final LongAdder evicted = new LongAdder();
  // Accepted sockets still without an HTTP connection, oldest first: few, except under attack.
  private final ConcurrentLinkedDeque<Channel> notYetHttp = new ConcurrentLinkedDeque<>();
  private final LongAdder timedOut = new LongAdder();

  public ConnectionGuard(int maxConnections, Duration headerTimeout, Duration requestTimeout) {
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be at least 1, not " + maxConnections);
    }
    this.max = maxConnections;
    this.headerMillis = headerTimeout.toMillis();
    this.bodyMillis = requestTimeout.toMillis();
  }

  /**
   * Counts every socket the listening server accepts from now on; servers sharing a port share
   * one listening channel, which is counted once. False if the channel cannot be found (then
   * neither the cap nor the first request's header timeout hold).
   */
  public boolean watch(HttpServer server) {
    Channel listening = ListeningChannel.of(server).orElse(null);
    if (listening == null) {
      return false;
    }
    if (listening.attr(WATCHED).setIfAbsent(Boolean.TRUE) == null) {
      listening.pipeline().addFirst("retki-connection-cap", new Acceptor());
    }
    return true;
  }

  /** An accepted socket has become an HTTP connection: from now on its requests are timed. */
  public void accept(HttpConnection connection) {
    if (!(connection instanceof ConnectionBase)) {
      return;
    }
    ChannelPipeline pipeline = ((ConnectionBase) connection).channel().pipeline();
    if (pipeline.get(UntilHttp.class) != null) {
      pipeline.remove(UntilHttp.class);
    }
    if (pipeline.get(DECODER) != null && pipeline.get("retki-bytes-in") == null) {
      // Vert.x makes the connection while it handles the first request's headers: what follows
      // is that request's body.
      RequestClock clock = new RequestClock();
      pipeline.addBefore(DECODER, "retki-bytes-in", clock.bytes);
      pipeline.addAfter(DECODER, "retki-requests-in", clock.requests);
      clock.inRequest = true;
      clock.start(pipeline.context(clock.bytes), bodyMillis, false);
    }
  }

  /** On the listening channel: counts accepted sockets, refuses those beyond the cap. */
  @ChannelHandler.Sharable
  private final class Acceptor extends ChannelInboundHandlerAdapter {
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (!(msg instanceof Channel)) {
        ctx.fireChannelRead(msg);
        return;
      }
      Channel child = (Channel) msg;
      if (open.incrementAndGet() > max && !evictOneNotYetHttp()) {
        open.decrementAndGet();
        refused.increment();
        child.unsafe().closeForcibly();
        return;
      }
      child.closeFuture().addListener(closed -> open.decrementAndGet());
      notYetHttp.add(child);
      child.pipeline().addFirst("retki-until-http", new UntilHttp());
      ctx.fireChannelRead(child);
    }
  }

  /**
   * Closes the oldest socket that has not yet become an HTTP connection, to make room at the cap:
   * silent or half-sent sockets never keep out a client that speaks. False if there is none.
   */
  private boolean evictOneNotYetHttp() {
    for (Channel oldest = notYetHttp.poll(); oldest != null; oldest = notYetHttp.poll()) {
      if (oldest.isOpen()) {
        evicted.increment();
        oldest.close();
        return true;
      }
    }
    return false;
  }

  /** A new socket's clock until Vert.x has made an HTTP connection of it. */
  private final class UntilHttp extends ChannelInboundHandlerAdapter {
    private ScheduledFuture<?> timer;

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
      if (ctx.channel().isRegistered()) {
        arm(ctx);
      }
    }

    @Override
    public void channelRegistered(ChannelHandlerContext ctx) {
      if (timer == null) {
        arm(ctx);
      }
      ctx.fireChannelRegistered();
    }

    private void arm(ChannelHandlerContext ctx) {
      timer = ctx.executor().schedule(() -> {
        timedOut.increment();
        ctx.channel().close();
      }, headerMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
      notYetHttp.remove(ctx.channel());
      if (timer != null) {
        timer.cancel(false);
      }
    }
  }

  /** The connections held now. */
  public int open() {
    return open.get();
  }

  /** Connections closed on arrival because the cap was reached, since the start. */
  public long refused() {
    return refused.sum();
  }

  /** Sockets closed to make room at the cap because they had not yet sent a request, since the start. */
  public long evicted() {
    return evicted.sum();
  }

  /** Connections closed because a request's headers or body took too long, since the start. */
  public long timedOut() {
    return timedOut.sum();
  }

  /** One connection's header and body clock; touched only on its event loop. */
  private final class RequestClock {
    private ScheduledFuture<?> timer;
    private boolean inRequest;

    final ChannelInboundHandlerAdapter bytes = new ChannelInboundHandlerAdapter() {
      @Override
      public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (ctx.pipeline().get(DECODER) == null) {
          detach(ctx);
        } else if (!inRequest && timer == null) {
          start(ctx, headerMillis, true);
        }
        ctx.fireChannelRead(msg);
      }

      @Override
      public void channelInactive(ChannelHandlerContext ctx) {
        stop();
        ctx.fireChannelInactive();
      }
    };

    final ChannelInboundHandlerAdapter requests = new ChannelInboundHandlerAdapter() {
      @Override
      public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest) {
          inRequest = true;
          start(ctx.pipeline().context(bytes), bodyMillis, false);
        }
        if (msg instanceof LastHttpContent) {
          inRequest = false;
          stop();
        }
        ctx.fireChannelRead(msg);
      }
    };

    void start(ChannelHandlerContext ctx, long millis, boolean headers) {
      stop();
      timer = ctx.executor().schedule(() -> expire(ctx, headers), millis, TimeUnit.MILLISECONDS);
    }

    void stop() {
      if (timer != null) {
        timer.cancel(false);
        timer = null;
      }
    }

    private void expire(ChannelHandlerContext ctx, boolean headers) {
      timer = null;
      if (ctx.isRemoved() || ctx.pipeline().get(DECODER) == null) {
        detach(ctx);
        return;
      }
      timedOut.increment();
      if (headers && !inRequest) {
        // Nothing of this request reached Vert.x yet, so the answer can be written here, raw.
        String text = "the request's headers did not arrive within " + headerMillis / 1000.0 + " s\n";
        ctx.writeAndFlush(Unpooled.copiedBuffer("HTTP/1.1 408 Request Timeout\r\nContent-Type: text/plain; charset=utf-8"
            + "\r\nConnection: close\r\nContent-Length: " + text.length() + "\r\n\r\n" + text, StandardCharsets.UTF_8))
            .addListener(ChannelFutureListener.CLOSE);
      } else {
        ctx.channel().close();
      }
    }

    private void detach(ChannelHandlerContext ctx) {
      stop();
      ChannelPipeline pipeline = ctx.pipeline();
      if (pipeline.context(bytes) != null) {
        pipeline.remove(bytes);
      }
      if (pipeline.context(requests) != null) {
        pipeline.remove(requests);
      }
    }
  }
}
