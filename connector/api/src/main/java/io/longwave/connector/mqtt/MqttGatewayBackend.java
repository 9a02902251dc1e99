package io.longwave.connector.mqtt;

import io.longwave.connector.api.GatewayBridgeSettings.MqttSettings;
import io.longwave.connector.api.GatewayUnavailableException;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.GatewayStats;
import io.longwave.connector.api.frame.UplinkFrame;
import io.longwave.connector.api.frame.GatewayConnectionState;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.backend.BridgeCounters;
import io.longwave.connector.backend.DropLog;
import io.longwave.connector.backend.GatewayBackend;
import io.longwave.connector.backend.GatewayEventSink;
import io.longwave.connector.mqtt.codec.GatewayMessageCodec;
import io.longwave.connector.mqtt.codec.MqttMessageException;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The MQTT gateway backend, for gateways behind a ChirpStack gateway bridge or MQTT forwarder:
 * subscribes to their events and states (optionally as a shared subscription), decodes them in
 * the configured encoding, and publishes downlink commands. The broker may be down at start or
 * go away later: the backend keeps reconnecting with exponential back-off up to the configured
 * maximum delay and subscribes again each time. A message that cannot be decoded is counted and
 * dropped; the Paho callback never throws, since that would close the connection.
 */
public final class MqttGatewayBackend implements GatewayBackend, MqttCallbackExtended {

  private static final Logger LOG = System.getLogger(MqttGatewayBackend.class.getName());
  static final int MAX_PAYLOAD = 64 * 1024;
  /** A gateway that sent nothing for this long, and has no state, counts as gone. */
  static final long SEEN_TIMEOUT_NANOS = TimeUnit.MINUTES.toNanos(5);

  private final MqttSettings settings;
  private final GatewayEventSink sink;
  private final BridgeCounters counters;
  private final DropLog drops;
  private final GatewayTopics topics;
  private final GatewayMessageCodec codec;
  private final Map<GatewayId, Long> lastSeen = new ConcurrentHashMap<>();
  private final Map<GatewayId, Boolean> online = new ConcurrentHashMap<>();
  private ScheduledExecutorService reconnector;
  private MqttAsyncClient client;
  private volatile boolean closed;
  private volatile long backoffMillis = 1000;

  public MqttGatewayBackend(MqttSettings settings, GatewayEventSink sink, BridgeCounters counters) {
    this.settings = settings;
    this.sink = sink;
    this.counters = counters;
    this.drops = new DropLog(counters, 10_000);
    this.topics = new GatewayTopics(settings.topicPrefix(), settings.sharedSubscriptionGroup());
    this.codec = GatewayMessageCodec.of(settings.encoding());
  }

  @Override
  public String name() {
    return "mqtt";
  }

  @Override
  public void start() throws IOException {
    String clientId =
        settings.clientId() == null || settings.clientId().isBlank()
            ? "longwave-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong())
            : settings.clientId();
    try {
      client = new MqttAsyncClient(settings.serverUri(), clientId, new MemoryPersistence());
    } catch (MqttException | IllegalArgumentException e) {
      throw new IOException("bad MQTT server URI " + settings.serverUri() + ": " + e.getMessage(), e);
    }
    client.setCallback(this);
    reconnector =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "longwave-mqtt-connect");
              t.setDaemon(true);
              return t;
            });
    reconnector.execute(this::connect);
  }

  private MqttConnectOptions options() {
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
    return o;
  }

  /** Connects, or schedules the next attempt with a doubled delay. */
  private void connect() {
    if (closed) {
      return;
    }
    try {
      client.connect(options()).waitForCompletion(15_000);
      backoffMillis = 1000;
    } catch (MqttException e) {
      if (closed) {
        return;
      }
      long max = Math.max(1000, settings.maxReconnectDelay().toMillis());
      long delay = Math.min(backoffMillis, max);
      backoffMillis = Math.min(backoffMillis * 2, max);
      LOG.log(Level.WARNING, "MQTT broker {0} not reachable ({1}); retrying in {2} ms",
          settings.serverUri(), e.getMessage(), delay);
      counters.increment("mqtt.connect_failures");
      reconnector.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void connectComplete(boolean reconnect, String serverUri) {
    counters.increment("mqtt.connects");
    try {
      String[] filters = topics.subscriptions();
      client.subscribe(filters, new int[] {settings.qos(), settings.qos()});
      LOG.log(Level.INFO, "MQTT gateway backend connected to {0}, subscribed to {1}",
          serverUri, String.join(", ", filters));
    } catch (MqttException e) {
      LOG.log(Level.ERROR, "MQTT subscription failed: {0}", e.getMessage());
    }
  }

  @Override
  public void connectionLost(Throwable cause) {
    counters.increment("mqtt.connection_lost");
    LOG.log(Level.WARNING, "MQTT connection lost: {0}", cause == null ? "" : cause.getMessage());
    if (!closed) {
      reconnector.schedule(this::connect, 1, TimeUnit.SECONDS);
    }
  }

  @Override
  public void messageArrived(String topic, MqttMessage message) {
    try {
      handle(topic, message.getPayload());
    } catch (RuntimeException e) {
      drops.drop("mqtt.dropped.error", topic, e.toString());
    }
  }

  void handle(String topic, byte[] payload) {
    GatewayTopics.Parsed t = topics.parse(topic);
    if (t == null) {
      drops.drop("mqtt.dropped.unknown_topic", topic, "not a gateway event or state topic");
      return;
    }
    if (payload.length > MAX_PAYLOAD) {
      drops.drop("mqtt.dropped.oversized", topic, payload.length + " bytes");
      return;
    }
    try {
      if (t.kind().equals("state")) {
        if (!t.type().equals("conn")) {
          drops.drop("mqtt.dropped.unknown_topic", topic, "unknown state " + t.type());
          return;
        }
        GatewayConnectionState s = codec.connState(t.gateway(), payload);
        online.put(s.gatewayId(), s.online());
        counters.increment("mqtt.conn_states");
        sink.connectionState(s);
        return;
      }
      switch (t.type()) {
        // Decoded first, so that a malformed message does not make its gateway seen; seen before
        // the event goes on, so that a downlink answering it finds the gateway online.
        case "up" -> {
          UplinkFrame up = codec.uplink(t.gateway(), payload);
          seen(t.gateway());
          sink.uplink(up);
          counters.increment("mqtt.uplinks");
        }
        case "stats" -> {
          GatewayStats stats = codec.stats(t.gateway(), payload);
          seen(t.gateway());
          sink.stats(stats);
          counters.increment("mqtt.stats");
        }
        case "ack" -> {
          DownlinkTxAck ack = codec.txAck(t.gateway(), payload);
          seen(t.gateway());
          sink.txAck(ack);
          counters.increment("mqtt.tx_acks");
        }
        default ->
            // exec and raw events are for other consumers
            counters.increment(
                "mqtt.ignored." + (t.type().matches("[a-z_]{1,20}") ? t.type() : "other"));
      }
    } catch (MqttMessageException e) {
      drops.drop("mqtt.dropped.malformed", topic, e.getMessage());
    }
  }

  private void seen(GatewayId gateway) {
    lastSeen.put(gateway, System.nanoTime());
  }

  @Override
  public void deliveryComplete(IMqttDeliveryToken token) {
    // publishing is fire-and-forget at the configured QoS
  }

  @Override
  public boolean isConnected(GatewayId gatewayId) {
    Boolean state = online.get(gatewayId);
    if (state != null) {
      return state;
    }
    Long seen = lastSeen.get(gatewayId);
    return seen != null && System.nanoTime() - seen < SEEN_TIMEOUT_NANOS;
  }

  @Override
  public int connectedGateways() {
    int n = 0;
    for (GatewayId g : lastSeen.keySet()) {
      if (isConnected(g)) {
        n++;
      }
    }
    for (Map.Entry<GatewayId, Boolean> e : online.entrySet()) {
      if (e.getValue() && !lastSeen.containsKey(e.getKey())) {
        n++;
      }
    }
    return n;
  }

  @Override
  public void sendDownlink(DownlinkFrame frame) throws GatewayUnavailableException {
    if (!isUp()) {
      throw new GatewayUnavailableException(frame.gatewayId(), "the MQTT broker is not connected");
    }
    if (!isConnected(frame.gatewayId())) {
      throw new GatewayUnavailableException(frame.gatewayId(), "it is not online over MQTT");
    }
    try {
      MqttMessage m = new MqttMessage(codec.downlink(frame));
      m.setQos(settings.qos());
      client.publish(topics.command(frame.gatewayId(), "down"), m);
      counters.increment("mqtt.downlinks.sent");
    } catch (MqttException e) {
      throw new GatewayUnavailableException(frame.gatewayId(),
          "publishing the downlink failed: " + e.getMessage());
    }
  }

  @Override
  public boolean isUp() {
    MqttAsyncClient c = client;
    return c != null && c.isConnected() && !closed;
  }

  @Override
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
        LOG.log(Level.DEBUG, "MQTT disconnect: {0}", e.getMessage());
      }
      try {
        c.close(true);
      } catch (MqttException e) {
        LOG.log(Level.DEBUG, "MQTT close: {0}", e.getMessage());
      }
    }
  }
}
