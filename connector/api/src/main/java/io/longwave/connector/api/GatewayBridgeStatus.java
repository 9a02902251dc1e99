package io.longwave.connector.api;

import java.io.Serializable;
import java.util.Map;

/**
 * A snapshot of the gateway bridge.
 *
 * @param running whether {@link GatewayConnection#configure} has started the bridge
 * @param udpEnabled whether the UDP backend is configured on
 * @param udpListening whether the UDP socket is bound
 * @param udpAddress the bound address ({@code host:port}), or null
 * @param mqttEnabled whether an MQTT broker is configured
 * @param mqttConnected whether the MQTT link is up
 * @param endpoints how many message-driven beans receive events
 * @param connectedGateways gateways reachable for downlinks now
 * @param counters monotonically increasing counters by name (received, acknowledged, delivered,
 *     dropped by reason …)
 * @param queuedEvents events waiting for delivery now
 * @param lastError the last backend failure, or null
 */
public record GatewayBridgeStatus(
    boolean running,
    boolean udpEnabled,
    boolean udpListening,
    String udpAddress,
    boolean mqttEnabled,
    boolean mqttConnected,
    int endpoints,
    int connectedGateways,
    Map<String, Long> counters,
    int queuedEvents,
    String lastError)
    implements Serializable {

  public GatewayBridgeStatus {
    counters = counters == null ? Map.of() : Map.copyOf(counters);
  }

  /** Ready to receive: running, every enabled backend up, and someone to deliver to. */
  public boolean ready() {
    return running && (!udpEnabled || udpListening) && (!mqttEnabled || mqttConnected) && endpoints > 0;
  }
}
