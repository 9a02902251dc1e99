package io.longwave.application.directory;

import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.GatewayLocation;
import java.util.Optional;

/**
 * What the application side's events show of a registered gateway in ChirpStack v3's {@code
 * rxInfo}: its {@code name}, and its {@code location} when the gateway reported none itself (as
 * ChirpStack's network server fills it in from the gateway's registration). Threading:
 * implementations are thread-safe; answers may be a few seconds old.
 */
@FunctionalInterface
public interface GatewayNames {

  /** The gateway's name, or "" for a gateway that is not registered. */
  String nameOf(GatewayId gatewayId);

  /** The gateway's registered location; empty when it has none or is not registered. */
  default Optional<GatewayLocation> locationOf(GatewayId gatewayId) {
    return Optional.empty();
  }

  /** The location to show for a reception: the one the gateway reported, else the registered one. */
  default GatewayLocation locationShown(GatewayId gatewayId, GatewayLocation reported) {
    return reported != null ? reported : locationOf(gatewayId).orElse(null);
  }
}
