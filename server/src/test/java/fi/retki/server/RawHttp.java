package fi.retki.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * One plain TCP connection to the server, for what an HTTP client library will not do: hold a
 * connection idle, send headers a byte at a time, declare a body and never send it.
 */
final class RawHttp implements AutoCloseable {
  final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  RawHttp(int port) throws IOException {
    socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
    socket.setTcpNoDelay(true);
    in = socket.getInputStream();
    out = socket.getOutputStream();
  }

  void send(String text) throws IOException {
    send(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  void send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /**
   * What the server sent within {@code millis} (until it closed the connection, or, if it did
   * not, until the time is up or {@code enough} bytes have come).
   */
  String read(long millis, int enough) throws IOException {
    StringBuilder text = new StringBuilder();
    long deadline = System.nanoTime() + millis * 1_000_000;
    byte[] buffer = new byte[8192];
    while (text.length() < enough) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        break;
      }
      socket.setSoTimeout((int) Math.max(1, left));
      int n;
      try {
        n = in.read(buffer);
      } catch (SocketTimeoutException e) {
        break;
      } catch (IOException reset) {
        closed = true;
        break;
      }
      if (n < 0) {
        closed = true;
        break;
      }
      text.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
    }
    return text.toString();
  }

  /** True once a read found the server's end closed (or reset). */
  boolean closed;

  /** True if the server closes the connection within {@code millis}; reads and drops what it sends. */
  boolean closesWithin(long millis) throws IOException {
    long deadline = System.nanoTime() + millis * 1_000_000;
    while (!closed && System.nanoTime() < deadline) {
      read(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), Integer.MAX_VALUE);
    }
    return closed;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
