package io.longwave.downlink;

import io.longwave.connector.api.GatewayUnavailableException;
import io.longwave.connector.api.frame.DownlinkFrame;

/**
 * The port through which the network server hands a downlink frame to a gateway, whichever
 * backend (Semtech UDP, MQTT) the gateway is connected through. The outcome arrives later as a
 * TX acknowledgement.
 */
public interface GatewayDownlinks {

  /**
   * Sends the frame to its gateway.
   *
   * @throws GatewayUnavailableException when the gateway is not connected
   */
  void send(DownlinkFrame frame) throws GatewayUnavailableException;
}
