package io.longwave.integration.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.MqttCommandListener;
import io.longwave.connector.api.MqttIntegrationSettings;
import io.longwave.connector.api.MqttPublishException;
import io.longwave.connector.api.MqttPublisher;
import io.longwave.connector.integration.MqttIntegrationRuntime;
import io.longwave.domain.device.Device;
import io.longwave.integration.DeliveryException;
import io.longwave.integration.DownlinkCommand;
import io.longwave.integration.DownlinkCommandIntake;
import io.longwave.integration.EventType;
import io.longwave.integration.IntegrationCounters;
import io.longwave.integration.IntegrationEvent;
import io.longwave.integration.PayloadEncoding;
import io.longwave.lorawan.Eui64;
import io.longwave.testing.InMemoryDeviceRepository;
import io.longwave.testing.MosquittoBroker;
import io.longwave.testing.RecordingApplicationDownlinks;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MQTT integration end to end against a Mosquitto of the test's own: the adapter's link, the
 * event target driven by a minimal retry loop standing in for the outbox, and the command path
 * from the broker to the device queue.
 */
class MqttIntegrationTest {

  private static final Eui64 DEV = Eui64.parse("0102030405060708");
  private static final long APP = 7;

  @TempDir Path dir;
  private MosquittoBroker broker;
  private ExecutorService executor;
  private MqttIntegrationRuntime link;
  private MqttIntegrationConfig config;
  private MqttEventTarget target;
  private final List<MqttClient> clients = new ArrayList<>();
  private final InMemoryDeviceRepository devices = new InMemoryDeviceRepository();
  private final RecordingApplicationDownlinks downlinks = new RecordingApplicationDownlinks();
  private final IntegrationCounters counters = new IntegrationCounters();

  @BeforeEach
  void start() throws Exception {
    broker = new MosquittoBroker(dir);
    executor = Executors.newCachedThreadPool();
    link = new MqttIntegrationRuntime(executor);
    Map<String, String> values =
        Map.of(
            "longwave.integration.mqtt.enabled", "true",
            "longwave.integration.mqtt.server", broker.uri("tcp"),
            // QoS 2 end to end, so that the broker's restart cannot duplicate a message either
            "longwave.integration.mqtt.qos", "2",
            "longwave.integration.mqtt.max-reconnect-delay", "1s");
    config =
        new MqttIntegrationConfiguration(key -> Optional.ofNullable(values.get(key))).config();
    target = new MqttEventTarget(config, () -> handle(link));
    devices.save(new Device(DEV, "garden-sensor", APP, UUID.randomUUID(), null, null, false,
        false, 0));
  }

  @AfterEach
  void stop() throws Exception {
    for (MqttClient c : clients) {
      c.disconnectForcibly(100, 100);
      c.close(true);
    }
    link.shutdown();
    executor.shutdownNow();
    broker.close();
  }

  @Test
  void every_event_arrives_once_and_in_order_across_a_broker_restart() throws Exception {
    BlockingQueue<String> received = subscribe("application/+/device/+/event/+", false);
    link.configure(config.link());
    await(link::isConnected);
    int failures = 0;
    for (int i = 0; i < 30; i++) {
      if (i == 12) {
        broker.stop();
        await(() -> !link.isConnected());
        executor.execute(() -> restartAfter(broker, 2000));
      }
      failures += deliverWithRetry(event(i));
    }
    assertTrue(failures > 0, "deliveries failed while the broker was down");
    List<String> got = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String m = received.poll(15, TimeUnit.SECONDS);
      assertTrue(m != null, "event " + i + " did not arrive; got " + got);
      got.add(m);
    }
    assertNull(received.poll(500, TimeUnit.MILLISECONDS), "a duplicate arrived");
    for (int i = 0; i < 30; i++) {
      assertEquals("application/7/device/0102030405060708/event/up " + i, got.get(i));
    }
  }

  @Test
  void events_use_the_topic_template_and_the_configured_encoding() throws Exception {
    BlockingQueue<String> received = subscribe("#", true);
    link.configure(config.link());
    await(link::isConnected);
    target.deliver(event(5));
    MqttEventTarget json =
        new MqttEventTarget(
            new MqttIntegrationConfig(true, config.link(), config.qos(), false,
                new TopicTemplate("lw/{{ .DevEUI }}/{{ .EventType }}"), config.commandTopic(),
                PayloadEncoding.JSON),
            () -> handle(link));
    json.deliver(event(6));
    assertEquals("application/7/device/0102030405060708/event/up 5",
        received.poll(5, TimeUnit.SECONDS));
    assertEquals("lw/0102030405060708/up {\"fCnt\":6,\"encoding\":\"json\"}",
        received.poll(5, TimeUnit.SECONDS));
  }

  @Test
  void delivery_fails_while_the_link_is_down() throws Exception {
    broker.stop();
    link.configure(config.link());
    DeliveryException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            DeliveryException.class, () -> target.deliver(event(1)));
    assertTrue(e.getMessage().contains("not connected"), e.getMessage());
  }

  @Test
  void commands_queue_downlinks_and_malformed_ones_are_dropped_with_an_error_event()
      throws Exception {
    MqttCommandHandler handler =
        new MqttCommandHandler(config.commandTopic(),
            new DownlinkCommandIntake(devices, () -> Optional.of(downlinks)), this::publish,
            counters,
            Clock.systemUTC());
    link.addCommandListener(endpoints(handler));
    BlockingQueue<String> errors = subscribe("application/+/device/+/event/error", true);
    link.configure(config.link());
    await(link::isConnected);
    Thread.sleep(300);
    MqttClient app = client(true);
    String down = "application/7/device/0102030405060708/command/down";
    app.publish(down, json("{\"confirmed\":true,\"fPort\":10,\"data\":\"AQID\"}"), 1, false);
    app.publish(down, json("{\"fPort\":11,\"object\":{\"led\":1}}"), 1, false);
    app.publish(down, json("{\"fPort\":10,\"data\":"), 1, false); // bad JSON
    app.publish(down, json("{\"fPort\":0,\"data\":\"AQID\"}"), 1, false); // fPort 0
    app.publish(down, json("{\"fPort\":3,\"data\":\"***\"}"), 1, false); // bad base64
    app.publish(down, json("{\"fPort\":3,\"data\":\"" + "A".repeat(400) + "\"}"), 1, false);
    app.publish(down, json("{\"fPort\":3,\"data\":\"/w==\"}"), 1, false); // refused by the queue
    app.publish("application/7/device/0909090909090909/command/down",
        json("{\"fPort\":3,\"data\":\"AQID\"}"), 1, false); // unknown device
    app.publish("application/8/device/0102030405060708/command/down",
        json("{\"fPort\":3,\"data\":\"AQID\"}"), 1, false); // device of another application
    app.publish("application/7/device/0102030405060708/command/flush", json("{}"), 1, false);

    // commands are handled in arrival order: the last one counted means all were handled
    await(() -> counters.get("commands.dropped.unknown_command") == 1);
    assertEquals(2, downlinks.enqueued.size());
    DownlinkCommand first = downlinks.enqueued.get(0);
    assertEquals(APP, first.applicationId());
    assertEquals(DEV, first.devEui());
    assertTrue(first.confirmed());
    assertEquals(10, first.fPort());
    assertEquals(List.of((byte) 1, (byte) 2, (byte) 3), bytes(first.data()));
    assertEquals(Json.createObjectBuilder().add("led", 1).build(), downlinks.enqueued.get(1).object());
    assertEquals(1, counters.get("commands.dropped.malformed"));
    assertEquals(1, counters.get("commands.dropped.bad_fport"));
    assertEquals(1, counters.get("commands.dropped.bad_data"));
    assertEquals(1, counters.get("commands.dropped.too_large"));
    assertEquals(1, counters.get("commands.dropped.refused"));
    assertEquals(2, counters.get("commands.dropped.unknown_device"));
    assertEquals(1, counters.get("commands.dropped.unknown_command"));

    // one error event per refused command to the known device, none for unknown devices
    List<JsonObject> events = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String m = errors.poll(5, TimeUnit.SECONDS);
      assertTrue(m != null, "error event " + i + " missing");
      assertTrue(m.startsWith("application/7/device/0102030405060708/event/error "), m);
      events.add(Json.createReader(new StringReader(m.substring(m.indexOf(' ') + 1))).readObject());
    }
    assertNull(errors.poll(500, TimeUnit.MILLISECONDS));
    assertEquals("7", events.get(0).getString("applicationID"));
    assertEquals("garden-sensor", events.get(0).getString("deviceName"));
    assertEquals("UNKNOWN", events.get(0).getString("type"));
    assertTrue(events.get(1).getString("error").contains("fPort"));
    assertEquals("DOWNLINK_PAYLOAD_SIZE", events.get(3).getString("type"));
  }

  /** What the outbox would do with an error event: deliver it to the MQTT target. */
  private void publish(IntegrationEvent event) {
    try {
      deliverWithRetry(event);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private int deliverWithRetry(IntegrationEvent event) throws InterruptedException {
    int failures = 0;
    while (true) {
      try {
        target.deliver(event);
        return failures;
      } catch (DeliveryException e) {
        failures++;
        Thread.sleep(100);
      }
    }
  }

  private static void restartAfter(MosquittoBroker broker, long millis) {
    try {
      Thread.sleep(millis);
      broker.start();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static IntegrationEvent event(int fCnt) {
    JsonObject v3 = Json.createObjectBuilder().add("fCnt", fCnt).build();
    JsonObject pb = Json.createObjectBuilder().add("fCnt", fCnt).add("encoding", "json").build();
    return new IntegrationEvent(UUID.randomUUID(), EventType.UP, APP, DEV, Instant.now(), v3, pb);
  }

  private BlockingQueue<String> subscribe(String filter, boolean clean) throws Exception {
    BlockingQueue<String> q = new LinkedBlockingQueue<>();
    MqttClient c = client(clean);
    c.setCallback(null);
    c.subscribe(filter, 2, (topic, m) -> {
      String body = new String(m.getPayload(), StandardCharsets.UTF_8);
      q.add(topic + " " + (body.startsWith("{\"fCnt\":") && body.length() < 12
          ? body.substring(8, body.length() - 1) : body));
    });
    return q;
  }

  private MqttClient client(boolean clean) throws Exception {
    MqttClient c = new MqttClient(broker.uri("tcp"), "test-" + UUID.randomUUID().toString()
        .substring(0, 8), new MemoryPersistence());
    MqttConnectOptions o = new MqttConnectOptions();
    o.setCleanSession(clean);
    o.setAutomaticReconnect(true);
    o.setMaxReconnectDelay(500);
    c.connect(o);
    clients.add(c);
    return c;
  }

  private static byte[] json(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<Byte> bytes(byte[] b) {
    List<Byte> out = new ArrayList<>();
    for (byte x : b) {
      out.add(x);
    }
    return out;
  }

  /** A handle on the test's link; closing it leaves the link running. */
  private static MqttPublisher handle(MqttIntegrationRuntime link) {
    return new MqttPublisher() {
      @Override
      public void publish(String topic, byte[] payload, int qos, boolean retain)
          throws MqttPublishException {
        link.publish(topic, payload, qos, retain);
      }

      @Override
      public boolean isConnected() {
        return link.isConnected();
      }

      @Override
      public void configure(MqttIntegrationSettings settings) {
        link.configure(settings);
      }

      @Override
      public void shutdown() {
        link.shutdown();
      }

      @Override
      public Map<String, Long> counters() {
        return link.counters();
      }

      @Override
      public void close() {}
    };
  }

  /** Stands in for the container: endpoints that call the handler, as the consumer bean does. */
  private static MessageEndpointFactory endpoints(MqttCommandHandler handler) {
    return new MessageEndpointFactory() {
      @Override
      public MessageEndpoint createEndpoint(javax.transaction.xa.XAResource xa) {
        return (MessageEndpoint) Proxy.newProxyInstance(
            MqttIntegrationTest.class.getClassLoader(),
            new Class<?>[] {MqttCommandListener.class, MessageEndpoint.class},
            (proxy, method, args) -> {
              if (method.getName().equals("onCommand")) {
                handler.handle((String) args[0], (byte[]) args[1]);
              }
              return null;
            });
      }

      @Override
      public MessageEndpoint createEndpoint(javax.transaction.xa.XAResource xa, long timeout) {
        return createEndpoint(xa);
      }

      @Override
      public boolean isDeliveryTransacted(Method method) {
        return false;
      }

      @Override
      public String getActivationName() {
        return "test";
      }

      @Override
      public Class<?> getEndpointClass() {
        return MqttCommandListener.class;
      }
    };
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met in 15 s");
      }
      Thread.sleep(20);
    }
  }
}
