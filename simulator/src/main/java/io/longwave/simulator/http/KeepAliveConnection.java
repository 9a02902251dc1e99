package io.longwave.simulator.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection (RFC 9112) for one thread of a load generator: a request is
 * written in one piece, and the answer is read by its {@code Content-Length} or its chunked
 * transfer coding. The connection is opened on the first request and again after the server
 * closes it ({@code Connection: close}, or a request that finds the socket closed, which is sent
 * once more on a fresh connection).
 *
 * <p>The JDK's {@code java.net.http.HttpClient} took about 1.5 ms of CPU a request in the
 * provisioning benchmark, this about 0.35 ms (docs/benchmarks.md); on a machine that also runs
 * the server under test that is CPU taken from the server. It is not thread-safe: each thread
 * owns its connection.
 */
public final class KeepAliveConnection implements AutoCloseable {

  private static final int CONNECT_TIMEOUT_MS = 10_000;
  private static final int READ_TIMEOUT_MS = 60_000;

  private final String host;
  private final int port;
  private final String hostHeader;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  /** A connection to the host and port of {@code base} (plain {@code http} only). */
  public KeepAliveConnection(URI base) {
    if (!"http".equals(base.getScheme())) {
      throw new IllegalArgumentException("only http:// is supported, not " + base);
    }
    this.host = base.getHost();
    this.port = base.getPort() < 0 ? 80 : base.getPort();
    this.hostHeader = host + ":" + port;
  }

  /** An answer: its status code and its body as UTF-8 text. */
  public record Response(int status, String body) {
  }

  /**
   * Sends {@code method path} with the headers (name, value, name, value...) and the JSON body
   * (or none when {@code null}) and reads the answer.
   */
  public Response send(String method, String path, String body, String... headers)
      throws IOException {
    byte[] request = request(method, path, body, headers);
    boolean fresh = socket == null;
    try {
      return exchange(request);
    } catch (IOException e) {
      close();
      if (fresh) {
        throw e;
      }
      // the server closed an idle kept-alive connection: once more on a new one
      return exchange(request);
    }
  }

  private Response exchange(byte[] request) throws IOException {
    if (socket == null) {
      open();
    }
    out.write(request);
    out.flush();
    String status = line();
    if (status == null) {
      throw new IOException("connection closed before the answer");
    }
    String[] parts = status.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP/1.x status line: " + status);
    }
    int code = Integer.parseInt(parts[1]);
    long length = -1;
    boolean chunked = false;
    boolean close = parts[0].equals("HTTP/1.0");
    for (String h = line(); h != null && !h.isEmpty(); h = line()) {
      int colon = h.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> close = value.equalsIgnoreCase("close");
        default -> {
        }
      }
    }
    String body;
    if (chunked) {
      body = chunkedBody();
    } else if (length >= 0) {
      body = new String(in.readNBytes((int) length), UTF_8);
    } else {
      body = new String(in.readAllBytes(), UTF_8);
      close = true;
    }
    if (close) {
      close();
    }
    return new Response(code, body);
  }

  private String chunkedBody() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line();
      if (size == null) {
        throw new IOException("connection closed inside a chunked body");
      }
      int semicolon = size.indexOf(';');
      int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (n == 0) {
        for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
          // trailers are not used
        }
        return body.toString(UTF_8);
      }
      body.write(in.readNBytes(n));
      line();
    }
  }

  private byte[] request(String method, String path, String body, String... headers) {
    byte[] content = body == null ? null : body.getBytes(UTF_8);
    StringBuilder b = new StringBuilder(256)
        .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
        .append("Host: ").append(hostHeader).append("\r\n");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    if (content != null) {
      b.append("Content-Length: ").append(content.length).append("\r\n");
    }
    b.append("\r\n");
    byte[] head = b.toString().getBytes(UTF_8);
    if (content == null) {
      return head;
    }
    byte[] all = new byte[head.length + content.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(content, 0, all, head.length, content.length);
    return all;
  }

  /** A line up to CRLF (or LF), without it; {@code null} at the end of the stream. */
  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(64);
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        byte[] bytes = line.toByteArray();
        int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1
            : bytes.length;
        return new String(bytes, 0, n, ISO_8859_1);
      }
      line.write(c);
    }
    return line.size() == 0 ? null : line.toString(ISO_8859_1);
  }

  private void open() throws IOException {
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    s.setSoTimeout(READ_TIMEOUT_MS);
    s.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
    socket = s;
    in = new BufferedInputStream(s.getInputStream(), 8192);
    out = s.getOutputStream();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
    socket = null;
    in = null;
    out = null;
  }
}
