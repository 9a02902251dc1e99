package io.longwave.integration;

/**
 * One place events are delivered to: the global MQTT integration, the JMS topic, or one
 * application's HTTP or InfluxDB integration. The outbox calls {@link #deliver} for one event at a
 * time per target, in the order the events were published, and retries after a failure.
 */
public interface IntegrationTarget {

  /**
   * A stable id, kept with the events waiting for this target (e.g. {@code mqtt}, {@code jms},
   * {@code http:42}); at most 100 characters.
   */
  String id();

  /**
   * Delivers one event.
   *
   * @throws DeliveryException when the target could not take it now (unreachable, refused, timed
   *     out); the event stays queued and is tried again later
   */
  void deliver(IntegrationEvent event) throws DeliveryException;
}
