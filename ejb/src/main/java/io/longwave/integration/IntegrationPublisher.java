package io.longwave.integration;

/**
 * The port through which the application side hands events to the integrations. An
 * implementation takes responsibility for the event (it persists it before returning, so nothing is
 * lost when a target is down) and must return quickly: delivery happens elsewhere.
 */
public interface IntegrationPublisher {

  /** Accepts an event for every integration of its application. */
  void publish(IntegrationEvent event);
}
