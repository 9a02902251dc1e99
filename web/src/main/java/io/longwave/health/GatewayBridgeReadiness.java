package io.longwave.health;

import io.longwave.connector.api.GatewayBridgeStatus;
import io.longwave.gateway.GatewayBridgeService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the gateway bridge runs, every enabled backend is up (UDP bound, MQTT connected) and
 * a bean receives its events.
 */
@Readiness
@ApplicationScoped
public class GatewayBridgeReadiness implements HealthCheck {

  @EJB private GatewayBridgeService bridge;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder r = HealthCheckResponse.named("gateway-bridge");
    try {
      GatewayBridgeStatus s = bridge.status();
      r.status(s.ready())
          .withData("running", s.running())
          .withData("udp", s.udpEnabled() ? (s.udpListening() ? s.udpAddress() : "down") : "off")
          .withData("mqtt", s.mqttEnabled() ? (s.mqttConnected() ? "connected" : "down") : "off")
          .withData("endpoints", s.endpoints())
          .withData("connectedGateways", s.connectedGateways())
          .withData("queuedEvents", s.queuedEvents());
      if (s.lastError() != null) {
        r.withData("lastError", s.lastError());
      }
    } catch (RuntimeException e) {
      r.down().withData("error", String.valueOf(e.getMessage()));
    }
    return r.build();
  }
}
