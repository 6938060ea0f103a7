package fi.retki.server.http;

import io.netty.channel.Channel;
import io.vertx.core.http.HttpServer;
import java.lang.reflect.Field;
import java.util.Optional;

/**
 * The Netty channel a listening Vert.x 5.0 HTTP server accepts on. Vert.x offers no hook at
 * accept, so this reads three of its private fields (HttpServerImpl.tcpServer, then the shared
 * NetServerImpl.actualServer and its bindFuture); if a Vert.x upgrade renames them, the answer is
 * empty and {@code ConnectionLimitsIT} fails.
 */
final class ListeningChannel {
  private ListeningChannel() {}

  static Optional<Channel> of(HttpServer server) {
    try {
      Object tcp = field(server, "tcpServer");
      Object actual = field(tcp, "actualServer");
      Object bound = field(actual == null ? tcp : actual, "bindFuture");
      if (bound instanceof io.vertx.core.Future && ((io.vertx.core.Future<?>) bound).result() instanceof Channel) {
        return Optional.of((Channel) ((io.vertx.core.Future<?>) bound).result());
      }
      return Optional.empty();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Object field(Object owner, String name) throws ReflectiveOperationException {
    for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(owner);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(owner.getClass().getName() + "." + name);
  }
}
