package io.longwave.connector.integration;

import io.longwave.connector.api.MqttIntegrationSettings;
import io.longwave.connector.api.MqttPublishException;
import io.longwave.connector.backend.BridgeCounters;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * One running connection to the application-side broker: publishes integration events and
 * receives downlink commands. The broker may be down at start or go away later: the link keeps
 * reconnecting with exponential back-off (1 s doubling up to the configured maximum) and
 * subscribes again each time; while it is down {@link #publish} fails at once, so the caller
 * keeps its event and tries again. Commands are handed to {@link CommandDeliveries} on the Paho
 * callback thread, so they reach the beans one at a time in arrival order, and a QoS 1/2 command
 * is acknowledged only after the bean returned.
 *
 * <p>Threading: {@link #publish} from any thread; {@link #start} and {@link #close} once each.
 */
public final class MqttIntegrationLink implements MqttCallbackExtended {

  private static final Logger LOG = System.getLogger(MqttIntegrationLink.class.getName());
  /** How long a publish waits for the broker's acknowledgement. */
  static final long PUBLISH_TIMEOUT_MILLIS = 10_000;
  private static final long FIRST_BACKOFF_MILLIS = 1000;

  private final MqttIntegrationSettings settings;
  private final CommandDeliveries commands;
  private final BridgeCounters counters;
  private ScheduledExecutorService reconnector;
  private MqttAsyncClient client;
  private MqttConnectOptions options;
  private volatile boolean closed;
  private volatile long backoffMillis = FIRST_BACKOFF_MILLIS;

  public MqttIntegrationLink(
      MqttIntegrationSettings settings, CommandDeliveries commands, BridgeCounters counters) {
    this.settings = settings;
    this.commands = commands;
    this.counters = counters;
  }

  /** The settings the link runs with. */
  public MqttIntegrationSettings settings() {
    return settings;
  }

  /**
   * Checks the settings, builds the client and starts connecting in the background.
   *
   * @throws IOException when the URI is malformed or the TLS files cannot be used
   */
  public void start() throws IOException {
    String clientId =
        settings.clientId().isBlank()
            ? "longwave-as-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong())
            : settings.clientId();
    options = options();
    try {
      client = new MqttAsyncClient(settings.serverUri(), clientId, new MemoryPersistence());
    } catch (MqttException | IllegalArgumentException e) {
      throw new IOException("bad MQTT server URI " + settings.serverUri() + ": " + e.getMessage(), e);
    }
    client.setCallback(this);
    reconnector =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "longwave-mqtt-integration-connect");
              t.setDaemon(true);
              return t;
            });
    reconnector.execute(this::connect);
  }

  private MqttConnectOptions options() throws IOException {
    MqttConnectOptions o = new MqttConnectOptions();
    o.setCleanSession(true);
    o.setAutomaticReconnect(false);
    o.setConnectionTimeout(10);
    o.setKeepAliveInterval(30);
    o.setMaxInflight(1000);
    if (settings.username() != null && !settings.username().isEmpty()) {
      o.setUserName(settings.username());
    }
    if (settings.password() != null && !settings.password().isEmpty()) {
      o.setPassword(settings.password().toCharArray());
    }
    if (settings.hasTlsFiles()) {
      o.setSocketFactory(
          PemTls.socketFactory(settings.caFile(), settings.certFile(), settings.keyFile()));
    }
    return o;
  }

  /** Connects, or schedules the next attempt with a doubled delay. */
  private void connect() {
    if (closed) {
      return;
    }
    try {
      client.connect(options).waitForCompletion(15_000);
      backoffMillis = FIRST_BACKOFF_MILLIS;
    } catch (MqttException e) {
      if (closed) {
        return;
      }
      long max = Math.max(FIRST_BACKOFF_MILLIS, settings.maxReconnectDelay().toMillis());
      long delay = Math.min(backoffMillis, max);
      backoffMillis = Math.min(backoffMillis * 2, max);
      LOG.log(Level.WARNING, "MQTT integration broker {0} not reachable ({1}); retrying in {2} ms",
          settings.serverUri(), e.getMessage(), delay);
      counters.increment("integration.mqtt.connect_failures");
      reconnector.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void connectComplete(boolean reconnect, String serverUri) {
    counters.increment("integration.mqtt.connects");
    if (settings.commandTopicFilter().isEmpty()) {
      LOG.log(Level.INFO, "MQTT integration connected to {0}", serverUri);
      return;
    }
    try {
      client.subscribe(settings.commandTopicFilter(), settings.commandQos());
      LOG.log(Level.INFO, "MQTT integration connected to {0}, subscribed to {1}",
          serverUri, settings.commandTopicFilter());
    } catch (MqttException e) {
      LOG.log(Level.ERROR, "MQTT command subscription failed: {0}", e.getMessage());
    }
  }

  @Override
  public void connectionLost(Throwable cause) {
    counters.increment("integration.mqtt.connection_lost");
    LOG.log(Level.WARNING, "MQTT integration connection lost: {0}",
        cause == null ? "" : cause.getMessage());
    if (!closed) {
      reconnector.schedule(this::connect, backoffMillis, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void messageArrived(String topic, MqttMessage message) {
    // Never throws: an exception here would make Paho drop the connection.
    commands.deliver(topic, message.getPayload());
  }

  @Override
  public void deliveryComplete(IMqttDeliveryToken token) {
    // publish waits on its own token
  }

  /**
   * Publishes and waits for the acknowledgement the QoS calls for.
   *
   * @throws MqttPublishException when not connected, refused or not acknowledged in time
   */
  public void publish(String topic, byte[] payload, int qos, boolean retain)
      throws MqttPublishException {
    MqttAsyncClient c = client;
    if (closed || c == null || !c.isConnected()) {
      counters.increment("integration.mqtt.publish_refused");
      throw new MqttPublishException(
          "the MQTT integration is not connected to " + settings.serverUri());
    }
    try {
      MqttMessage m = new MqttMessage(payload);
      m.setQos(qos);
      m.setRetained(retain);
      IMqttToken token = c.publish(topic, m);
      token.waitForCompletion(PUBLISH_TIMEOUT_MILLIS);
      if (!token.isComplete()) {
        counters.increment("integration.mqtt.publish_timeouts");
        throw new MqttPublishException("the broker did not acknowledge the publish on " + topic
            + " within " + PUBLISH_TIMEOUT_MILLIS + " ms");
      }
      counters.increment("integration.mqtt.published");
    } catch (MqttException e) {
      counters.increment("integration.mqtt.publish_failures");
      throw new MqttPublishException("publishing on " + topic + " failed: " + e.getMessage(), e);
    }
  }

  /** True when connected now. */
  public boolean isConnected() {
    MqttAsyncClient c = client;
    return !closed && c != null && c.isConnected();
  }

  /** Disconnects and stops reconnecting. */
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (reconnector != null) {
      reconnector.shutdownNow();
    }
    MqttAsyncClient c = client;
    if (c != null) {
      try {
        if (c.isConnected()) {
          c.disconnect(2000).waitForCompletion(3000);
        }
      } catch (MqttException e) {
        LOG.log(Level.DEBUG, "MQTT integration disconnect: {0}", e.getMessage());
      }
      try {
        c.close(true);
      } catch (MqttException e) {
        LOG.log(Level.DEBUG, "MQTT integration close: {0}", e.getMessage());
      }
    }
  }
}
