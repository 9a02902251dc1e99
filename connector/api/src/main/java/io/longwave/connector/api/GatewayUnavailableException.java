package io.longwave.connector.api;

import io.longwave.connector.api.frame.GatewayId;

/** No backend can reach the gateway a downlink is for (never connected, or timed out). */
public class GatewayUnavailableException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient GatewayId gatewayId;

  public GatewayUnavailableException(GatewayId gatewayId, String reason) {
    super("gateway " + gatewayId + " is unavailable: " + reason);
    this.gatewayId = gatewayId;
  }

  public GatewayId gatewayId() {
    return gatewayId;
  }
}
