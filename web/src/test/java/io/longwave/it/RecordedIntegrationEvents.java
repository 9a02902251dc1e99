package io.longwave.it;

import io.longwave.integration.IntegrationEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Deployed with {@link ApplicationSideIT}: records the integration events the application fires. */
@ApplicationScoped
public class RecordedIntegrationEvents {

  private final List<IntegrationEvent> events = new CopyOnWriteArrayList<>();

  void record(@Observes IntegrationEvent event) {
    events.add(event);
  }

  public List<IntegrationEvent> events() {
    return List.copyOf(events);
  }
}
