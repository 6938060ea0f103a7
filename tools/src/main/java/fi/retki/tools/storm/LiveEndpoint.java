package fi.retki.tools.storm;

import fi.retki.scenes.wire.WireCodec;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;

/** Where and how the storm's teachers and pupils open their {@code /live} WebSockets. */
final class LiveEndpoint {
  private LiveEndpoint() {}

  static WebSocketClientOptions client(StormPlan plan) {
    WebSocketClientOptions options = new WebSocketClientOptions()
        .setTcpNoDelay(true)
        .setMaxFrameSize(WireCodec.MAX_FRAME)
        .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, plan.limit().toMillis()));
    if (tls(plan.server())) {
      options.setSsl(true).setTrustAll(true).setVerifyHost(false);
    }
    return options;
  }

  /**
   * The upgrade request to {@code /live}, without an {@code Origin} header: the server takes a
   * teacher's cookie only from its own pages or from clients that are not browsers.
   */
  static WebSocketConnectOptions connect(StormPlan plan) {
    URI server = plan.server();
    boolean tls = tls(server);
    return new WebSocketConnectOptions()
        .setHost(server.getHost())
        .setPort(server.getPort() >= 0 ? server.getPort() : tls ? 443 : 80)
        .setSsl(tls)
        .setURI("/live")
        .setAllowOriginHeader(false)
        .setConnectTimeout(plan.limit().toMillis());
  }

  private static boolean tls(URI server) {
    return server.getScheme().equals("https");
  }
}
