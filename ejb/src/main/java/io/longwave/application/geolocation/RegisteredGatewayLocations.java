package io.longwave.application.geolocation;

import io.longwave.connector.api.frame.GatewayId;
import io.longwave.geolocation.GeoPoint;
import java.util.Optional;

/**
 * The positions of registered gateways, for receptions whose rx-info carries none.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface RegisteredGatewayLocations {

  /** The gateway's registered position; empty when it is not registered or has none. */
  Optional<GeoPoint> locate(GatewayId gatewayId);
}
