package io.longwave.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * An application backend on the integration's broker, as one written for ChirpStack v3 is: a
 * Paho client with a persistent session (clean session off) subscribed at QoS 1 to the events of
 * an application, and publishing downlink commands. The broker keeps the events that arrive while
 * the backend is away and hands them over when it {@linkplain #reconnect() reconnects}.
 */
final class MqttBackend implements AutoCloseable {

  /** One event as received: its topic and its JSON body. */
  record Received(String topic, JsonObject body) {}

  private final MqttClient client;
  private final MqttConnectOptions options = new MqttConnectOptions();
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

  MqttBackend(String serverUri, String eventFilter) throws MqttException {
    client = new MqttClient(serverUri, "it-backend-" + UUID.randomUUID().toString().substring(0, 8),
        new MemoryPersistence());
    options.setCleanSession(false);
    options.setAutomaticReconnect(false);
    options.setConnectionTimeout(5);
    options.setKeepAliveInterval(5);
    client.setCallback(new MqttCallback() {
      @Override
      public void connectionLost(Throwable cause) {}

      @Override
      public void messageArrived(String topic, MqttMessage message) {
        received.add(new Received(topic, Json.createReader(
            new StringReader(new String(message.getPayload(), UTF_8))).readObject()));
      }

      @Override
      public void deliveryComplete(IMqttDeliveryToken token) {}
    });
    client.connect(options);
    client.subscribe(eventFilter, 1);
  }

  /** Connects again after the broker came back; the session and its subscription are kept. */
  void reconnect() throws MqttException {
    if (!client.isConnected()) {
      client.connect(options);
    }
  }

  /** Publishes a command at QoS 1. */
  void publish(String topic, String body) throws MqttException {
    client.publish(topic, body.getBytes(UTF_8), 1, false);
  }

  /** What explains a missing event. */
  interface Diagnosis {
    String explain() throws Exception;
  }

  /** The next event on {@code topic} (events on other topics are skipped), within 20 s. */
  JsonObject next(String topic) throws Exception {
    return next(topic, () -> "");
  }

  /** The same, with {@code diagnosis} in the failure message. */
  JsonObject next(String topic, Diagnosis diagnosis) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (true) {
      long left = deadline - System.nanoTime();
      Received r = left > 0 ? received.poll(left, TimeUnit.NANOSECONDS) : null;
      if (r == null) {
        throw new AssertionError("no event on " + topic + " within 20 s\n" + diagnosis.explain());
      }
      if (r.topic().equals(topic)) {
        return r.body();
      }
    }
  }

  @Override
  public void close() throws MqttException {
    if (client.isConnected()) {
      client.disconnect();
    }
    client.close(true);
  }
}
