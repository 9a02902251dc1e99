package io.longwave.application.pipeline;

import io.longwave.integration.IntegrationEvent;
import io.longwave.integration.IntegrationPublisher;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Hands each event to the integration publisher (when one is deployed), then to the live event
 * streams. A failure of either is logged and does not keep the event from the other.
 */
final class PublishingSink implements IntegrationEventSink {

  private static final Logger LOG = System.getLogger(PublishingSink.class.getName());

  private final IntegrationPublisher publisher;
  private final Consumer<IntegrationEvent> streams;

  /**
   * @param publisher the integrations' publisher, or null when none is deployed
   * @param streams fires the synchronous CDI event of the live streams
   */
  PublishingSink(IntegrationPublisher publisher, Consumer<IntegrationEvent> streams) {
    this.publisher = publisher;
    this.streams = Objects.requireNonNull(streams, "streams");
  }

  @Override
  public void accept(IntegrationEvent event) {
    if (publisher != null) {
      try {
        publisher.publish(event);
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, "the integration publisher refused the " + event.type().wireName()
            + " event of " + event.devEui(), e);
      }
    }
    try {
      streams.accept(event);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "an event-stream observer failed on the " + event.type().wireName()
          + " event of " + event.devEui(), e);
    }
  }
}
