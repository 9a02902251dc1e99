package io.longwave.application.pipeline;

import io.longwave.integration.IntegrationEvent;

/**
 * Where the pipeline's events go: in the container, the integration publisher and the live event
 * streams. Implementations must return quickly and must not throw for a delivery problem.
 */
@FunctionalInterface
public interface IntegrationEventSink {

  void accept(IntegrationEvent event);
}
