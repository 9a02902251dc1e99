package io.longwave.health;

import io.longwave.connector.api.GatewayBridgeSettings.DeliverySettings;
import io.longwave.gateway.GatewayBridgeService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless gateway events pile up: a delivery queue at capacity means the beans stopped
 * taking events, which a restart may cure.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

  @EJB private GatewayBridgeService bridge;

  @Override
  public HealthCheckResponse call() {
    int queued;
    try {
      queued = bridge.status().queuedEvents();
    } catch (RuntimeException e) {
      queued = 0;
    }
    int capacity = DeliverySettings.defaults().queueCapacity();
    return HealthCheckResponse.named("event-delivery")
        .status(queued < capacity)
        .withData("queuedEvents", queued)
        .build();
  }
}
