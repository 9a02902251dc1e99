package io.longwave.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP side of {@link StreamsIT}: the ChirpStack v3 calls that provision an organization with
 * a gateway and an ABP device, and clients of the streams that collect what they receive.
 */
final class StreamsClient {

  /** What one stream received: text messages or lines, and the close code of a WebSocket. */
  static final class Messages implements WebSocket.Listener {
    final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        received.add(partial.toString());
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      closeCode.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      closeCode.completeExceptionally(error);
    }

    /** The next non-empty message's {@code result}, or null after {@code seconds}. */
    JsonObject nextResult(long seconds) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      while (true) {
        String m = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (m == null) {
          return null;
        }
        if (!m.isBlank()) {
          return Json.createReader(new StringReader(m)).readObject().getJsonObject("result");
        }
      }
    }

    String describe() {
      return received.size() + " waiting, closed " + closeCode.getNow(null);
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URL base;

  StreamsClient(URL base) {
    this.base = base;
  }

  String login() throws Exception {
    return ok(call("POST", "/api/internal/login", null,
        "{\"email\":\"admin\",\"password\":\"it-admin-password\"}")).getString("jwt");
  }

  /** An organization with the gateway and an activated ABP EU868 device; its DevAddr. */
  DevAddr provisionAbpDevice(String jwt, String gateway, String devEui, Aes128Key nwkSKey,
      Aes128Key appSKey) throws Exception {
    String org = ok(call("POST", "/api/organizations", jwt,
        "{\"organization\":{\"name\":\"streams-it\",\"displayName\":\"Streams\","
            + "\"canHaveGateways\":true}}")).getString("id");
    ok(call("POST", "/api/gateways", jwt, "{\"gateway\":{\"id\":\"" + gateway + "\","
        + "\"name\":\"mast-1\",\"organizationID\":\"" + org + "\",\"networkServerID\":\"1\"}}"));
    String sp = ok(call("POST", "/api/service-profiles", jwt,
        "{\"serviceProfile\":{\"name\":\"sp\",\"organizationID\":\"" + org + "\","
            + "\"networkServerID\":\"1\"}}")).getString("id");
    String app = ok(call("POST", "/api/applications", jwt,
        "{\"application\":{\"name\":\"meters\",\"organizationID\":\"" + org + "\","
            + "\"serviceProfileID\":\"" + sp + "\"}}")).getString("id");
    String dp = ok(call("POST", "/api/device-profiles", jwt,
        "{\"deviceProfile\":{\"name\":\"abp\",\"organizationID\":\"" + org + "\","
            + "\"networkServerID\":\"1\",\"macVersion\":\"1.0.3\",\"regParamsRevision\":\"A\","
            + "\"rfRegion\":\"EU868\",\"supportsJoin\":false,\"rxDelay1\":1}}")).getString("id");
    ok(call("POST", "/api/devices", jwt, "{\"device\":{\"devEUI\":\"" + devEui + "\","
        + "\"name\":\"meter\",\"applicationID\":\"" + app + "\",\"deviceProfileID\":\"" + dp
        + "\"}}"));
    String devAddr = ok(call("POST", "/api/devices/" + devEui + "/getRandomDevAddr", jwt, "{}"))
        .getString("devAddr");
    String n = nwkSKey.toHex();
    ok(call("POST", "/api/devices/" + devEui + "/activate", jwt,
        "{\"deviceActivation\":{\"devAddr\":\"" + devAddr + "\",\"appSKey\":\""
            + appSKey.toHex() + "\",\"nwkSEncKey\":\"" + n + "\",\"sNwkSIntKey\":\"" + n
            + "\",\"fNwkSIntKey\":\"" + n + "\",\"fCntUp\":0,\"nFCntDown\":0}}"));
    return DevAddr.parse(devAddr);
  }

  /** A WebSocket to {@code path}, offering {@code Bearer, <jwt>} when a token is given. */
  WebSocket webSocket(String path, String jwt, Messages listener) throws Exception {
    WebSocket.Builder b = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
    if (jwt != null) {
      b.subprotocols("Bearer", jwt);
    }
    return b.buildAsync(StreamsIT.uri(base, "ws", path), listener).get(10, TimeUnit.SECONDS);
  }

  /** A streaming GET; the future completes when the response headers have arrived. */
  CompletableFuture<HttpResponse<InputStream>> stream(String path, String jwt) {
    return http.sendAsync(HttpRequest.newBuilder(StreamsIT.uri(base, "http", path))
        .header("Grpc-Metadata-Authorization", "Bearer " + jwt)
        .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
  }

  /** Reads the body's lines on a thread of their own until it ends. */
  static Messages lines(InputStream body) {
    Messages m = new Messages();
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(body, UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          m.received.add(line);
        }
      } catch (IOException e) {
        m.closeCode.completeExceptionally(e);
      }
    }, "stream-lines");
    t.setDaemon(true);
    t.start();
    return m;
  }

  HttpResponse<String> call(String method, String path, String token, String body)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, UTF_8));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (token != null) {
      b.header("Grpc-Metadata-Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  JsonObject ok(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.request().method() + " " + r.uri() + ": " + r.body());
    return Json.createReader(new StringReader(r.body())).readObject();
  }
}
