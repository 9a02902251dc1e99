package io.longwave.infrastructure.metrics;

import io.longwave.connector.api.GatewayBridgeStatus;
import io.longwave.gateway.GatewayBridgeService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Publishes the gateway bridge's counters and state on {@code /metrics}: every adapter counter as
 * {@code longwave_bridge_<name>} (for example {@code longwave_bridge_udp_dropped_malformed}), plus
 * queued events, connected gateways and backend state. New counters appear within ten seconds of
 * their first increment.
 */
@Singleton
@Startup
@DependsOn("GatewayBridgeService")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BridgeMetrics {

  private static final long SNAPSHOT_NANOS = 500_000_000L;

  @EJB private GatewayBridgeService bridge;
  @Inject private MetricRegistry metrics;

  private final Set<String> registered = ConcurrentHashMap.newKeySet();
  private volatile GatewayBridgeStatus snapshot;
  private volatile long snapshotAt;

  @PostConstruct
  void init() {
    metrics.gauge("longwave.bridge.queued_events", () -> status().queuedEvents());
    metrics.gauge("longwave.bridge.connected_gateways", () -> status().connectedGateways());
    metrics.gauge("longwave.bridge.endpoints", () -> status().endpoints());
    metrics.gauge("longwave.bridge.udp_listening", () -> status().udpListening() ? 1 : 0);
    metrics.gauge("longwave.bridge.mqtt_connected", () -> status().mqttConnected() ? 1 : 0);
    registerCounters();
  }

  /** Registers gauges for counters that appeared since the last run. */
  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  void registerCounters() {
    for (String name : status().counters().keySet()) {
      if (registered.add(name)) {
        metrics.gauge(
            "longwave.bridge." + name.replace('.', '_'),
            () -> status().counters().getOrDefault(name, 0L));
      }
    }
  }

  private GatewayBridgeStatus status() {
    long now = System.nanoTime();
    GatewayBridgeStatus s = snapshot;
    if (s == null || now - snapshotAt > SNAPSHOT_NANOS) {
      s = bridge.status();
      snapshot = s;
      snapshotAt = now;
    }
    return s;
  }
}
