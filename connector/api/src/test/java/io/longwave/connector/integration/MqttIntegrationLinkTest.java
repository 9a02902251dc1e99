package io.longwave.connector.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.MqttIntegrationSettings;
import io.longwave.connector.api.MqttPublishException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application-side MQTT link against a Mosquitto of the test's own. */
class MqttIntegrationLinkTest {

  @TempDir Path dir;
  private MosquittoBroker broker;
  private ExecutorService executor;
  private MqttIntegrationRuntime runtime;

  @BeforeEach
  void start() throws Exception {
    broker = new MosquittoBroker(dir);
    executor = Executors.newCachedThreadPool();
    runtime = new MqttIntegrationRuntime(executor);
  }

  @AfterEach
  void stop() throws Exception {
    runtime.shutdown();
    executor.shutdownNow();
    broker.close();
  }

  private MqttIntegrationSettings settings(String filter) {
    return new MqttIntegrationSettings(
        broker.uri("tcp"), null, null, "", filter, 1, null, null, null, Duration.ofSeconds(1));
  }

  @Test
  void publishes_at_qos_1_in_order_with_retain() throws Exception {
    BlockingQueue<String> seen = subscribe("application/#");
    runtime.configure(settings(""));
    await(runtime::isConnected);
    for (int i = 0; i < 20; i++) {
      runtime.publish("application/1/device/01/event/up", ("m" + i).getBytes(), 1, false);
    }
    runtime.publish("application/1/device/01/event/status", "r".getBytes(), 1, true);
    for (int i = 0; i < 20; i++) {
      assertEquals("application/1/device/01/event/up m" + i, seen.poll(5, TimeUnit.SECONDS));
    }
    assertEquals("application/1/device/01/event/status r", seen.poll(5, TimeUnit.SECONDS));
    // the retained message greets a new subscriber
    BlockingQueue<String> late = subscribe("application/1/device/01/event/status");
    assertEquals("application/1/device/01/event/status r", late.poll(5, TimeUnit.SECONDS));
    assertEquals(21L, runtime.counters().get("integration.mqtt.published"));
  }

  @Test
  void refuses_to_publish_while_the_broker_is_down_and_reconnects_after_it_returns()
      throws Exception {
    runtime.configure(settings(""));
    await(runtime::isConnected);
    broker.stop();
    await(() -> !runtime.isConnected());
    MqttPublishException e =
        assertThrows(MqttPublishException.class, () -> runtime.publish("t", new byte[1], 1, false));
    assertTrue(e.getMessage().contains("not connected"), e.getMessage());
    broker.start();
    await(runtime::isConnected);
    BlockingQueue<String> seen = subscribe("t");
    runtime.publish("t", "back".getBytes(), 1, false);
    assertEquals("t back", seen.poll(5, TimeUnit.SECONDS));
    assertTrue(runtime.counters().get("integration.mqtt.connection_lost") >= 1);
  }

  @Test
  void publishing_before_configuration_fails_with_a_reason() {
    MqttPublishException e =
        assertThrows(MqttPublishException.class, () -> runtime.publish("t", new byte[1], 0, false));
    assertTrue(e.getMessage().contains("not configured"));
  }

  @Test
  void a_malformed_server_uri_is_refused_with_the_reason() {
    MqttIntegrationSettings bad =
        new MqttIntegrationSettings(
            "nonsense://x", null, null, "", "", 0, null, null, null, Duration.ofSeconds(1));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> runtime.configure(bad));
    assertTrue(e.getMessage().contains("nonsense://x"), e.getMessage());
  }

  @Test
  void commands_reach_the_listener_bean_in_order_also_after_a_bean_failure() throws Exception {
    RecordingCommandEndpoints beans = new RecordingCommandEndpoints();
    beans.refuseFirst = 3;
    runtime.addCommandListener(beans);
    runtime.configure(settings("application/+/device/+/command/+"));
    await(runtime::isConnected);
    Thread.sleep(200); // the subscription is sent right after the connection
    MqttClient app = client();
    for (String p : List.of("a", "boom", "b", "c")) {
      app.publish("application/7/device/0102/command/down", p.getBytes(), 1, false);
    }
    app.publish("application/7/other", "ignored".getBytes(), 1, false);
    app.disconnect();
    await(() -> beans.received.size() == 3);
    assertEquals(
        List.of(
            "application/7/device/0102/command/down a",
            "application/7/device/0102/command/down b",
            "application/7/device/0102/command/down c"),
        beans.received);
    assertEquals(4, beans.released.get());
    assertEquals(1L, runtime.counters().get("integration.mqtt.commands.dropped.error"));
  }

  @Test
  void commands_without_a_listener_bean_are_counted() throws Exception {
    runtime.configure(settings("application/+/device/+/command/+"));
    await(runtime::isConnected);
    Thread.sleep(200);
    MqttClient app = client();
    app.publish("application/7/device/0102/command/down", "x".getBytes(), 1, false);
    app.disconnect();
    await(() -> runtime.counters().containsKey("integration.mqtt.commands.dropped.no_endpoint"));
  }

  private MqttClient client() throws Exception {
    MqttClient c = new MqttClient(broker.uri("tcp"), MqttClient.generateClientId(),
        new MemoryPersistence());
    c.connect();
    return c;
  }

  private BlockingQueue<String> subscribe(String filter) throws Exception {
    BlockingQueue<String> q = new LinkedBlockingQueue<>();
    MqttClient c = client();
    c.subscribe(filter, 1, (topic, MqttMessage) ->
        q.add(topic + " " + new String(MqttMessage.getPayload(), StandardCharsets.UTF_8)));
    return q;
  }

  static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met in 15 s");
      }
      Thread.sleep(20);
    }
  }

  @Test
  void a_stopped_runtime_is_not_connected() throws Exception {
    runtime.configure(settings(""));
    await(runtime::isConnected);
    runtime.shutdown();
    assertFalse(runtime.isConnected());
  }
}
