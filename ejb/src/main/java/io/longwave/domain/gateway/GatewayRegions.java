package io.longwave.domain.gateway;

import io.longwave.connector.api.frame.GatewayId;
import io.longwave.lorawan.region.RegionId;
import java.util.Optional;

/** The region a registered gateway is configured for, when it has one. */
public interface GatewayRegions {

  /** The gateway's region; empty when it serves every region or is not registered. */
  Optional<RegionId> regionOf(GatewayId gateway);
}
