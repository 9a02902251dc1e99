package io.longwave.simulator.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generators' HTTP/1.1 connection against the JDK's own HTTP server. */
class KeepAliveConnectionTest {

  private HttpServer server;
  private URI base;
  private final List<Integer> clientPorts = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/echo", x -> answer(x, 200, "method=" + x.getRequestMethod()
        + " auth=" + x.getRequestHeaders().getFirst("Grpc-Metadata-Authorization")
        + " body=" + new String(x.getRequestBody().readAllBytes(), UTF_8), false));
    server.createContext("/chunked", x -> {
      clientPorts.add(x.getRemoteAddress().getPort());
      x.sendResponseHeaders(201, 0);
      try (OutputStream out = x.getResponseBody()) {
        for (int i = 0; i < 3; i++) {
          out.write(("{\"part\":" + i + "}").getBytes(UTF_8));
          out.flush();
        }
      }
    });
    server.createContext("/close", x -> answer(x, 409, "{\"error\":\"gone\"}", true));
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(HttpExchange x, int status, String body, boolean close) throws IOException {
    clientPorts.add(x.getRemoteAddress().getPort());
    byte[] bytes = body.getBytes(UTF_8);
    if (close) {
      x.getResponseHeaders().set("Connection", "close");
    }
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Test
  void requests_with_bodies_and_headers_share_one_connection() throws IOException {
    try (KeepAliveConnection c = new KeepAliveConnection(base)) {
      for (int i = 0; i < 5; i++) {
        KeepAliveConnection.Response r = c.send("POST", "/echo", "{\"n\":" + i + "}",
            "Content-Type", "application/json", "Grpc-Metadata-Authorization", "Bearer t");
        assertEquals(200, r.status());
        assertEquals("method=POST auth=Bearer t body={\"n\":" + i + "}", r.body());
      }
      assertEquals("method=GET auth=null body=", c.send("GET", "/echo", null).body());
    }
    assertEquals(6, clientPorts.size());
    assertEquals(1, clientPorts.stream().distinct().count(), "one connection: " + clientPorts);
  }

  @Test
  void a_chunked_answer_is_read_whole_and_the_connection_kept() throws IOException {
    try (KeepAliveConnection c = new KeepAliveConnection(base)) {
      KeepAliveConnection.Response r = c.send("GET", "/chunked", null);
      assertEquals(201, r.status());
      assertEquals("{\"part\":0}{\"part\":1}{\"part\":2}", r.body());
      assertEquals(201, c.send("GET", "/chunked", null).status());
    }
    assertEquals(1, clientPorts.stream().distinct().count(), "one connection: " + clientPorts);
  }

  @Test
  void after_the_server_closes_the_connection_the_next_request_opens_a_new_one()
      throws IOException {
    try (KeepAliveConnection c = new KeepAliveConnection(base)) {
      KeepAliveConnection.Response r = c.send("DELETE", "/close", null);
      assertEquals(409, r.status());
      assertEquals("{\"error\":\"gone\"}", r.body());
      assertEquals(200, c.send("GET", "/echo", null).status());
    }
    assertEquals(2, clientPorts.size());
    assertNotEquals(clientPorts.get(0), clientPorts.get(1));
  }

  @Test
  void a_server_that_is_not_there_is_an_error_not_a_hang() {
    server.stop(0);
    try (KeepAliveConnection c = new KeepAliveConnection(base)) {
      assertThrows(IOException.class, () -> c.send("GET", "/echo", null));
    }
  }

  @Test
  void only_plain_http_is_accepted() {
    assertThrows(IllegalArgumentException.class,
        () -> new KeepAliveConnection(URI.create("https://127.0.0.1:8443")));
  }
}
