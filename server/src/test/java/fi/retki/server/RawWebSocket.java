package fi.retki.server;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket on {@code /live} written byte by byte over a plain {@link Socket}, so a test can do
 * what no well-behaved client does: never read, send any opcode, set reserved bits, fragment at
 * will. Frames are masked, as a client's must be.
 */
final class RawWebSocket implements AutoCloseable {
  static final int CONTINUATION = 0x0;
  static final int TEXT = 0x1;
  static final int BINARY = 0x2;
  static final int CLOSE = 0x8;
  static final int PING = 0x9;
  static final int PONG = 0xA;

  /** A frame the server sent. */
  record Frame(int opcode, boolean fin, byte[] payload) {
    String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }

    /** A close frame's status code, or -1. */
    int closeCode() {
      return opcode == CLOSE && payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : -1;
    }

    String closeReason() {
      return opcode == CLOSE && payload.length > 2 ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "";
    }
  }

  private final Socket socket;
  private final OutputStream out;
  private final DataInputStream in;

  RawWebSocket(int port) throws IOException {
    this(port, 0);
  }

  /**
   * A connection whose receive buffer is {@code receiveBuffer} bytes (0: the system's), with
   * extra request headers as name, value pairs.
   */
  RawWebSocket(int port, int receiveBuffer, String... headers) throws IOException {
    this(null, port, receiveBuffer, headers);
  }

  /**
   * A connection from the local address {@code from} (another address of the loopback network,
   * e.g. 127.0.0.2: a second school), or from the system's choice if null.
   */
  RawWebSocket(String from, int port, int receiveBuffer, String... headers) throws IOException {
    socket = new Socket();
    if (receiveBuffer > 0) {
      socket.setReceiveBufferSize(receiveBuffer);
    }
    if (from != null) {
      socket.bind(new java.net.InetSocketAddress(from, 0));
    }
    socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 10_000);
    socket.setSoTimeout(10_000);
    socket.setTcpNoDelay(true);
    out = socket.getOutputStream();
    byte[] nonce = new byte[16];
    ThreadLocalRandom.current().nextBytes(nonce);
    out.write(("GET /live HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\nSec-WebSocket-Version: 13\r\n"
        + extra(headers) + "\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    in = new DataInputStream(socket.getInputStream());
    String status = headers(in);
    if (!status.startsWith("HTTP/1.1 101")) {
      throw new IOException("no upgrade: " + status);
    }
  }

  private static String extra(String... headers) {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < headers.length; i += 2) {
      lines.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    return lines.toString();
  }

  private static String headers(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int last4 = 0;
    while (last4 != 0x0d0a0d0a) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("the server closed during the handshake");
      }
      head.write(b);
      last4 = last4 << 8 | b;
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  /** One frame: {@code rsv} is the three reserved bits (0 to 7). */
  void send(int opcode, boolean fin, int rsv, byte[] payload) throws IOException {
    out.write(frame(opcode, fin, rsv, payload));
    out.flush();
  }

  void sendText(String text) throws IOException {
    send(TEXT, true, 0, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The bytes of one masked frame, for a test that writes many at once. */
  static byte[] frame(int opcode, boolean fin, int rsv, byte[] payload) {
    ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 14);
    frame.write((fin ? 0x80 : 0) | (rsv & 7) << 4 | opcode);
    if (payload.length < 126) {
      frame.write(0x80 | payload.length);
    } else if (payload.length < 65536) {
      frame.write(0x80 | 126);
      frame.write(payload.length >>> 8);
      frame.write(payload.length & 0xff);
    } else {
      frame.write(0x80 | 127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        frame.write((int) ((long) payload.length >>> shift) & 0xff);
      }
    }
    byte[] mask = new byte[4];
    ThreadLocalRandom.current().nextBytes(mask);
    frame.writeBytes(mask);
    for (int i = 0; i < payload.length; i++) {
      frame.write(payload[i] ^ mask[i & 3]);
    }
    return frame.toByteArray();
  }

  OutputStream output() {
    return out;
  }

  /**
   * The next frame from the server, skipping its keep-alive pings; null when the connection has
   * ended (EOF or reset).
   */
  Frame read() throws IOException {
    Frame frame = readAny();
    while (frame != null && frame.opcode() == PING) {
      frame = readAny();
    }
    return frame;
  }

  private Frame readAny() throws IOException {
    try {
      int first = in.readUnsignedByte();
      int second = in.readUnsignedByte();
      long length = second & 0x7f;
      if (length == 126) {
        length = in.readUnsignedShort();
      } else if (length == 127) {
        length = in.readLong();
      }
      byte[] payload = new byte[Math.toIntExact(length)];
      in.readFully(payload);
      return new Frame(first & 0x0f, (first & 0x80) != 0, payload);
    } catch (EOFException | java.net.SocketException ended) {
      return null;
    }
  }

  /** Reads until the server's close frame or the end of the connection; null if it only ended. */
  Frame readUntilClose() throws IOException {
    for (Frame frame = read(); frame != null; frame = read()) {
      if (frame.opcode() == CLOSE) {
        return frame;
      }
    }
    return null;
  }

  /** True if the server has ended the connection: a read sees the end (or a reset) within the timeout. */
  boolean endedWithin(int millis) throws IOException {
    socket.setSoTimeout(millis);
    try {
      while (true) {
        if (read() == null) {
          return true;
        }
      }
    } catch (SocketTimeoutException stillOpen) {
      return false;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
