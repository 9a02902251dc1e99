package io.longwave.integration.influxdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.longwave.infrastructure.persistence.JdbcOutboxStore;
import io.longwave.integration.EventType;
import io.longwave.integration.IntegrationEvent;
import io.longwave.integration.config.IntegrationKind;
import io.longwave.integration.outbox.IntegrationTargetDirectory;
import io.longwave.integration.outbox.OutboxDelivery;
import io.longwave.integration.outbox.OutboxDispatcher;
import io.longwave.integration.outbox.OutboxListener;
import io.longwave.integration.outbox.OutboxRetention;
import io.longwave.integration.outbox.OutboxSettings;
import io.longwave.testing.InMemoryIntegrationConfigRepository;
import io.longwave.testing.IntegrationEvents;
import io.longwave.testing.OutboxDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The InfluxDB integration through the outbox against a real InfluxDB 1.x that is stopped in the
 * middle of the stream and started again: every point arrives, once, at its event's time. Needs
 * {@code influxd} ({@code apt-get install influxdb}; CI installs it, and there the test may not
 * be skipped).
 */
class InfluxDbIntegrationTest {

  private static final long APP = 7;
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

  @TempDir Path dir;
  private InfluxDbServer influx;
  private ScheduledThreadPoolExecutor executor;
  private OutboxDatabase db;

  @AfterEach
  void tearDown() throws Exception {
    if (executor != null) {
      executor.shutdownNow();
      executor.awaitTermination(10, TimeUnit.SECONDS);
    }
    if (influx != null) {
      influx.stop();
    }
    if (db != null) {
      db.close();
    }
  }

  @Test
  void every_point_arrives_once_across_a_restart_of_influxdb() throws Exception {
    boolean installed = InfluxDbServer.installed();
    if (System.getenv("CI") != null) {
      assertTrue(installed, "influxd must be installed in CI (.ci/run installs it)");
    }
    assumeTrue(installed, "influxd is not installed");
    influx = new InfluxDbServer(dir);
    influx.start();
    influx.query(null, "CREATE DATABASE lw");
    db = OutboxDatabase.h2("influxdb_integration");
    InMemoryIntegrationConfigRepository configs = new InMemoryIntegrationConfigRepository();
    configs.create(APP, IntegrationKind.INFLUXDB, Json.createObjectBuilder()
        .add("endpoint", influx.writeEndpoint().toString()).add("db", "lw")
        .add("precision", "NS").add("version", "INFLUXDB_1").build());
    IntegrationTargetDirectory directory = new IntegrationTargetDirectory(List.of(
        new InfluxDbIntegrations(configs, HttpClient.newHttpClient())));
    JdbcOutboxStore store = new JdbcOutboxStore(db.dataSource());
    OutboxSettings settings = new OutboxSettings(Duration.ofMillis(50), Duration.ofMillis(300),
        Duration.ofDays(1), 1000, Duration.ofMillis(20), 2, 100, Duration.ofSeconds(60));
    Clock clock = Clock.systemUTC();
    executor = new ScheduledThreadPoolExecutor(3);
    new OutboxDispatcher(store,
        new OutboxDelivery(store, directory, settings, "test", clock, OutboxListener.NONE),
        new OutboxRetention(store, settings, clock, OutboxListener.NONE), settings, clock,
        executor).start();
    String target = InfluxDbIntegrations.targetId(APP);

    publish(directory, store, 0, 10);
    await(() -> store.head(target).isEmpty(), "the first ten written");
    influx.stop();
    publish(directory, store, 10, 20);
    Thread.sleep(500);
    assertEquals(10, store.backlog().stream().filter(b -> b.targetId().equals(target))
        .findFirst().orElseThrow().queued(), "writes wait while InfluxDB is down");
    influx.start();
    publish(directory, store, 20, 30);
    await(() -> store.head(target).isEmpty(), "every event written after the restart");

    assertEquals(30, count("select count(value) from device_uplink"));
    List<Double> temperatures = new ArrayList<>();
    List<Long> times = new ArrayList<>();
    for (JsonValue row : series("select value from device_frmpayload_data_temperatureSensor_1")) {
      times.add(row.asJsonArray().getJsonNumber(0).longValue());
      temperatures.add(row.asJsonArray().getJsonNumber(1).doubleValue());
    }
    List<Double> expected = new ArrayList<>();
    List<Long> expectedTimes = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      expected.add(20.0 + i / 2.0);
      expectedTimes.add(T0.plusSeconds(i).getEpochSecond() * 1_000_000_000L);
    }
    assertEquals(expected, temperatures);
    assertEquals(expectedTimes, times, "each point at its event's time");
  }

  private long count(String q) throws Exception {
    return series(q).getJsonArray(0).getJsonNumber(1).longValue();
  }

  private JsonArray series(String q) throws Exception {
    JsonObject answer = Json.createReader(new StringReader(influx.query("lw", q))).readObject();
    return answer.getJsonArray("results").getJsonObject(0).getJsonArray("series")
        .getJsonObject(0).getJsonArray("values");
  }

  private static void publish(IntegrationTargetDirectory directory, JdbcOutboxStore store,
      int from, int to) {
    for (int i = from; i < to; i++) {
      JsonObject body = Json.createObjectBuilder()
          .add("applicationName", "weather").add("deviceName", "roof")
          .add("rxInfo", Json.createArrayBuilder().add(Json.createObjectBuilder()
              .add("rssi", -70 - i).add("loRaSNR", 7.5)))
          .add("txInfo", Json.createObjectBuilder().add("frequency", 868100000).add("dr", 5))
          .add("fCnt", i).add("fPort", 2)
          .add("object", Json.createObjectBuilder().add("temperatureSensor",
              Json.createObjectBuilder().add("1", 20.0 + i / 2.0)))
          .build();
      IntegrationEvent event = IntegrationEvents.of(EventType.UP, APP, body, T0.plusSeconds(i));
      store.append(directory.targetIdsFor(event), event, Instant.now());
    }
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }
}
