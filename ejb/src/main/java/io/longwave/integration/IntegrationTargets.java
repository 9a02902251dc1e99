package io.longwave.integration;

import java.util.List;
import java.util.Optional;

/**
 * The targets of one kind of integration (CDI beans; the outbox discovers every implementation).
 * Per-application kinds answer from their stored configuration, so a target added or removed
 * through the API takes effect for the next event.
 */
public interface IntegrationTargets {

  /** The targets of this kind that take the event (none when the kind is off for its application). */
  List<IntegrationTarget> targetsFor(IntegrationEvent event);

  /** The target with an id, if it still exists (events for a removed target are dropped). */
  Optional<IntegrationTarget> target(String id);
}
