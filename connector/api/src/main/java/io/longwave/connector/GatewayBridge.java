package io.longwave.connector;

import io.longwave.connector.api.GatewayBridgeSettings;
import io.longwave.connector.api.GatewayBridgeStatus;
import io.longwave.connector.api.GatewayUnavailableException;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.GatewayConnectionState;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.GatewayStats;
import io.longwave.connector.api.frame.UplinkFrame;
import io.longwave.connector.backend.BridgeCounters;
import io.longwave.connector.backend.GatewayBackend;
import io.longwave.connector.backend.GatewayEventSink;
import io.longwave.connector.inbound.EndpointDelivery;
import io.longwave.connector.inbound.GatewayEvent;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * The running gateway bridge: the backends that gateways connect through, and the deliveries to
 * the activated beans. Backends put events here ({@link GatewayEventSink}); every delivery gets
 * every event. Downlinks go to the first backend the gateway is connected to.
 *
 * <p>Threading: events and downlinks from any thread; {@link #configure} and {@link #shutdown}
 * are serialised.
 */
public final class GatewayBridge implements GatewayEventSink {

  private static final Logger LOG = System.getLogger(GatewayBridge.class.getName());

  private final BackendFactory backendFactory;
  private final Executor executor;
  private final BridgeCounters counters = new BridgeCounters();
  private final List<EndpointDelivery> deliveries = new CopyOnWriteArrayList<>();

  private GatewayBridgeSettings settings;
  private volatile GatewayBackend udp;
  private volatile GatewayBackend mqtt;
  private volatile String lastError;

  public GatewayBridge(BackendFactory backendFactory, Executor executor) {
    this.backendFactory = backendFactory;
    this.executor = executor;
  }

  /**
   * Makes the backends match {@code newSettings}: a backend whose settings changed is closed and
   * started again; one whose settings did not change keeps running.
   *
   * @throws IllegalArgumentException when a backend cannot start (the reason is in the message)
   */
  public synchronized void configure(GatewayBridgeSettings newSettings) {
    Objects.requireNonNull(newSettings, "settings");
    GatewayBridgeSettings old = settings;
    settings = newSettings;
    if (old == null || !old.udp().equals(newSettings.udp())) {
      closeQuietly(udp);
      udp = null;
      if (newSettings.udp().enabled()) {
        udp = startBackend(backendFactory.udp(newSettings.udp(), this, counters, executor));
      }
    }
    if (old == null || !old.mqtt().equals(newSettings.mqtt())) {
      closeQuietly(mqtt);
      mqtt = null;
      if (newSettings.mqtt().enabled()) {
        mqtt = startBackend(backendFactory.mqtt(newSettings.mqtt(), this, counters));
      }
    }
  }

  /** Closes every backend; the bridge can be configured again later. */
  public synchronized void shutdown() {
    closeQuietly(udp);
    closeQuietly(mqtt);
    udp = null;
    mqtt = null;
    settings = null;
  }

  /** Adds a delivery to an activated bean. */
  public void addDelivery(EndpointDelivery delivery) {
    deliveries.add(delivery);
  }

  /** Removes a delivery (the bean was deactivated). */
  public void removeDelivery(EndpointDelivery delivery) {
    deliveries.remove(delivery);
  }

  /** The deliveries now active. */
  public List<EndpointDelivery> deliveries() {
    return List.copyOf(deliveries);
  }

  /** The counters of the bridge and its backends. */
  public BridgeCounters counters() {
    return counters;
  }

  /**
   * Sends a downlink through the backend its gateway is connected to.
   *
   * @throws GatewayUnavailableException when no backend reaches the gateway
   */
  public void sendDownlink(DownlinkFrame frame) throws GatewayUnavailableException {
    GatewayBackend backend = backendFor(frame.gatewayId());
    if (backend == null) {
      counters.increment("downlink.unavailable");
      throw new GatewayUnavailableException(
          frame.gatewayId(), "it is not connected through UDP or MQTT");
    }
    backend.sendDownlink(frame);
    counters.increment("downlink.sent");
  }

  /** True when a backend reaches the gateway. */
  public boolean isConnected(GatewayId gatewayId) {
    return backendFor(gatewayId) != null;
  }

  /** A snapshot of the bridge's state. */
  public GatewayBridgeStatus status() {
    GatewayBackend u = udp;
    GatewayBackend m = mqtt;
    GatewayBridgeSettings s;
    synchronized (this) {
      s = settings;
    }
    int connected = (u == null ? 0 : u.connectedGateways()) + (m == null ? 0 : m.connectedGateways());
    int queued = deliveries.stream().mapToInt(EndpointDelivery::queued).sum();
    return new GatewayBridgeStatus(
        s != null,
        s != null && s.udp().enabled(),
        u != null && u.isUp(),
        u instanceof BoundAddress b ? b.boundAddress() : null,
        s != null && s.mqtt().enabled(),
        m != null && m.isUp(),
        deliveries.size(),
        connected,
        counters.snapshot(),
        queued,
        lastError);
  }

  @Override
  public void uplink(UplinkFrame frame) {
    dispatch(new GatewayEvent.Uplink(frame));
  }

  @Override
  public void stats(GatewayStats stats) {
    dispatch(new GatewayEvent.Stats(stats));
  }

  @Override
  public void txAck(DownlinkTxAck ack) {
    dispatch(new GatewayEvent.TxAck(ack));
  }

  @Override
  public void connectionState(GatewayConnectionState state) {
    dispatch(new GatewayEvent.ConnectionState(state));
  }

  private void dispatch(GatewayEvent event) {
    if (deliveries.isEmpty()) {
      counters.increment("delivery.dropped.no_endpoint");
      return;
    }
    for (EndpointDelivery d : deliveries) {
      d.offer(event);
    }
  }

  private GatewayBackend backendFor(GatewayId gatewayId) {
    GatewayBackend u = udp;
    if (u != null && u.isConnected(gatewayId)) {
      return u;
    }
    GatewayBackend m = mqtt;
    if (m != null && m.isConnected(gatewayId)) {
      return m;
    }
    return null;
  }

  private GatewayBackend startBackend(GatewayBackend backend) {
    try {
      backend.start();
      LOG.log(Level.INFO, "gateway backend {0} started", backend.name());
      return backend;
    } catch (IOException | RuntimeException e) {
      lastError = backend.name() + ": " + e.getMessage();
      closeQuietly(backend);
      throw new IllegalArgumentException(
          "the " + backend.name() + " gateway backend cannot start: " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(GatewayBackend backend) {
    if (backend != null) {
      try {
        backend.close();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "closing gateway backend " + backend.name() + " failed", e);
      }
    }
  }

  /** Implemented by backends that listen on a socket address, for the status. */
  public interface BoundAddress {
    /** {@code host:port} the backend listens on, or null. */
    String boundAddress();
  }
}
