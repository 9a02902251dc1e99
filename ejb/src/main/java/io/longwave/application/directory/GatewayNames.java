package io.longwave.application.directory;

import io.longwave.connector.api.frame.GatewayId;

/**
 * The names of gateways, for the {@code name} of ChirpStack v3's {@code rxInfo}. Threading:
 * implementations are thread-safe; answers may be a few seconds old.
 */
@FunctionalInterface
public interface GatewayNames {

  /** The gateway's name, or "" for a gateway that is not registered. */
  String nameOf(GatewayId gatewayId);
}
