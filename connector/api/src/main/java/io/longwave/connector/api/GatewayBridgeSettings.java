package io.longwave.connector.api;

import java.io.Serializable;
import java.time.Duration;

/**
 * Everything the gateway bridge needs to run. Immutable.
 *
 * @param udp the Semtech UDP backend
 * @param mqtt the MQTT gateway backend
 * @param delivery how events reach the message-driven beans
 */
public record GatewayBridgeSettings(UdpSettings udp, MqttSettings mqtt, DeliverySettings delivery)
    implements Serializable {

  /** Defaults: UDP on 0.0.0.0:1700, MQTT off. */
  public static GatewayBridgeSettings defaults() {
    return new GatewayBridgeSettings(
        UdpSettings.defaults(), MqttSettings.disabled(), DeliverySettings.defaults());
  }

  /**
   * Semtech UDP packet-forwarder backend.
   *
   * @param enabled whether to open the socket
   * @param bindHost the address to bind ({@code 0.0.0.0} for all)
   * @param port the port (1700 by default; 0 picks a free one)
   * @param skipCrcCheck forward frames whose CRC failed (normally dropped)
   * @param gatewayTimeout how long a gateway stays reachable for downlinks after its last
   *     PULL_DATA (1 minute by default)
   * @param downlinkTtl how long a sent downlink waits for its TX_ACK (15 s by default)
   * @param maxDatagramBytes the largest datagram accepted (65507 by default)
   */
  public record UdpSettings(
      boolean enabled,
      String bindHost,
      int port,
      boolean skipCrcCheck,
      Duration gatewayTimeout,
      Duration downlinkTtl,
      int maxDatagramBytes)
      implements Serializable {

    public static UdpSettings defaults() {
      return new UdpSettings(
          true, "0.0.0.0", 1700, false, Duration.ofMinutes(1), Duration.ofSeconds(15), 65507);
    }
  }

  /**
   * MQTT gateway backend (ChirpStack gateway bridge / MQTT forwarder topics).
   *
   * @param serverUri the broker, for example {@code tcp://127.0.0.1:1883}; null or empty is off
   * @param username user name, or null
   * @param password password, or null
   * @param clientId client id; empty picks a random one
   * @param topicPrefix a prefix before {@code gateway/…}, for example {@code eu868}; may be empty
   * @param sharedSubscriptionGroup when set, subscribe as {@code $share/<group>/…} so several
   *     instances share the event load
   * @param encoding how commands are written
   * @param qos the MQTT QoS for subscriptions and commands
   * @param maxReconnectDelay the upper bound of the reconnect back-off
   */
  public record MqttSettings(
      String serverUri,
      String username,
      String password,
      String clientId,
      String topicPrefix,
      String sharedSubscriptionGroup,
      MqttEncoding encoding,
      int qos,
      Duration maxReconnectDelay)
      implements Serializable {

    public static MqttSettings disabled() {
      return new MqttSettings(
          null, null, null, "", "", "", MqttEncoding.JSON, 0, Duration.ofSeconds(30));
    }

    /** True when a broker is configured. */
    public boolean enabled() {
      return serverUri != null && !serverUri.isBlank();
    }
  }

  /**
   * Delivery of events to message-driven beans.
   *
   * @param workers how many threads deliver events concurrently
   * @param queueCapacity how many events may wait for delivery; beyond it events are dropped and
   *     counted
   */
  public record DeliverySettings(int workers, int queueCapacity) implements Serializable {

    public static DeliverySettings defaults() {
      return new DeliverySettings(4, 100_000);
    }
  }
}
