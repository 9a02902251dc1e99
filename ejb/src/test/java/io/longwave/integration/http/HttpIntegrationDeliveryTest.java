package io.longwave.integration.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.longwave.infrastructure.persistence.JdbcOutboxStore;
import io.longwave.integration.IntegrationEvent;
import io.longwave.integration.config.IntegrationKind;
import io.longwave.integration.outbox.IntegrationTargetDirectory;
import io.longwave.integration.outbox.OutboxDelivery;
import io.longwave.integration.outbox.OutboxDispatcher;
import io.longwave.integration.outbox.OutboxListener;
import io.longwave.integration.outbox.OutboxRetention;
import io.longwave.integration.outbox.OutboxSettings;
import io.longwave.integration.outbox.TargetBacklog;
import io.longwave.testing.InMemoryIntegrationConfigRepository;
import io.longwave.testing.IntegrationEvents;
import io.longwave.testing.OutboxDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP integration through the outbox against a real receiver (the JDK's HTTP server) that
 * first answers 500, then goes away in the middle of the stream and comes back on the same
 * port: every event arrives exactly once and in order, with the headers, the event type in the
 * query and the json_v3 body. The outbox is on PostgreSQL; delivery runs on the dispatcher's own
 * threads, as in the container.
 */
class HttpIntegrationDeliveryTest {

  private static final long APP = 42;

  private final OutboxDatabase db = OutboxDatabase.postgres("longwave_http_integration");
  private final List<Integer> received = new CopyOnWriteArrayList<>();
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private final AtomicInteger refuse = new AtomicInteger(3);
  private final AtomicInteger refused = new AtomicInteger();
  private ScheduledThreadPoolExecutor executor;
  private HttpServer server;

  @AfterEach
  void tearDown() throws Exception {
    if (executor != null) {
      executor.shutdownNow();
      executor.awaitTermination(10, TimeUnit.SECONDS);
    }
    if (server != null) {
      server.stop(0);
    }
    db.close();
  }

  @Test
  void every_event_arrives_once_and_in_order_across_errors_and_an_outage() throws Exception {
    server = receiver(0);
    int port = server.getAddress().getPort();
    InMemoryIntegrationConfigRepository configs = new InMemoryIntegrationConfigRepository();
    configs.create(APP, IntegrationKind.HTTP, Json.createReader(new StringReader(
        "{\"headers\":[{\"key\":\"X-Test\",\"value\":\"yes\"}],\"eventEndpointURL\":"
            + "\"http://127.0.0.1:" + port + "/events\",\"marshaler\":\"JSON_V3\"}"))
        .readObject());
    HttpIntegrations http = new HttpIntegrations(configs,
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
    IntegrationTargetDirectory directory = new IntegrationTargetDirectory(List.of(http));
    JdbcOutboxStore store = new JdbcOutboxStore(db.dataSource());
    OutboxSettings settings = new OutboxSettings(Duration.ofMillis(20), Duration.ofMillis(200),
        Duration.ofDays(1), 1000, Duration.ofMillis(20), 2, 100, Duration.ofSeconds(60));
    Clock clock = Clock.systemUTC();
    executor = new ScheduledThreadPoolExecutor(3);
    OutboxDispatcher dispatcher = new OutboxDispatcher(store,
        new OutboxDelivery(store, directory, settings, "test", clock, OutboxListener.NONE),
        new OutboxRetention(store, settings, clock, OutboxListener.NONE), settings, clock,
        executor);
    dispatcher.start();

    publish(directory, store, 0, 10);
    await(() -> received.size() >= 5, "the first events after the 500s");
    assertEquals(3, refused.get(), "the 500s were answered and retried");
    server.stop(1);
    publish(directory, store, 10, 20);
    Thread.sleep(500);
    int duringOutage = received.size();
    String target = HttpIntegrations.targetId(APP, URI.create("http://127.0.0.1:" + port
        + "/events"));
    TargetBacklog state = store.backlog().stream()
        .filter(b -> b.targetId().equals(target)).findFirst().orElseThrow();
    assertTrue(state.queued() > 0 && state.lastError() != null, state.toString());

    server = receiver(port);
    publish(directory, store, 20, 30);
    await(() -> received.size() >= 30, "every event after the outage");
    Thread.sleep(200);

    assertEquals(IntStream.range(0, 30).boxed().toList(), received, "once each, in order");
    assertTrue(duringOutage < 20, "the outage held events back: " + duringOutage);
    assertEquals(List.of(), problems);
    assertTrue(store.head(target).isEmpty());
  }

  private static void publish(IntegrationTargetDirectory directory, JdbcOutboxStore store,
      int from, int to) {
    for (int fCnt = from; fCnt < to; fCnt++) {
      IntegrationEvent event = IntegrationEvents.uplink(APP, fCnt, Instant.now());
      store.append(directory.targetIdsFor(event), event, Instant.now());
    }
  }

  private HttpServer receiver(int port) throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    s.createContext("/events", this::handle);
    s.start();
    return s;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (refuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        refused.incrementAndGet();
        answer(exchange, 500);
        return;
      }
      check("query", "event=up", exchange.getRequestURI().getQuery());
      check("header", "yes", exchange.getRequestHeaders().getFirst("X-Test"));
      check("type", "application/json", exchange.getRequestHeaders().getFirst("Content-Type"));
      JsonObject event = Json.createReader(new StringReader(body)).readObject();
      check("devEUI", "0102030405060708", event.getString("devEUI"));
      received.add(event.getInt("fCnt"));
      answer(exchange, 200);
    }
  }

  private void check(String what, String expected, String actual) {
    if (!expected.equals(actual)) {
      problems.add(what + ": expected " + expected + ", got " + actual);
    }
  }

  private static void answer(HttpExchange exchange, int status) throws IOException {
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(10);
    }
  }
}
