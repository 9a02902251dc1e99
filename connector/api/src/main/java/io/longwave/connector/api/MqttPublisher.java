package io.longwave.connector.api;

import java.util.Map;

/**
 * A handle on the resource adapter's application-side MQTT link: publish integration events,
 * configure and inspect the link. The link keeps one broker connection for the whole adapter and
 * reconnects with back-off; downlink commands it receives go to message-driven beans implementing
 * {@link MqttCommandListener}. Handles are cheap; obtain one per use and close it. Not
 * thread-safe; the link behind it is.
 */
public interface MqttPublisher extends AutoCloseable {

  /**
   * Publishes one message and waits until the broker has it at the QoS asked: written to the
   * socket for QoS 0, PUBACK for 1, PUBCOMP for 2.
   *
   * @throws MqttPublishException when the link is not connected, the broker refused, or the
   *     acknowledgement did not arrive in time; the message may or may not have arrived
   */
  void publish(String topic, byte[] payload, int qos, boolean retain) throws MqttPublishException;

  /** True when the link is connected to its broker now. */
  boolean isConnected();

  /**
   * Starts the link with these settings, or restarts it when they changed; the first connection
   * attempt happens in the background, so the broker may be down.
   *
   * @throws IllegalArgumentException with a reason when the settings cannot be used (malformed
   *     URI, unreadable TLS files)
   */
  void configure(MqttIntegrationSettings settings);

  /** Closes the link; publishing fails until it is configured again. */
  void shutdown();

  /** Counters of the link (publishes, connects, dropped commands...). */
  Map<String, Long> counters();

  /** Releases the handle; the link keeps running. */
  @Override
  void close();
}
