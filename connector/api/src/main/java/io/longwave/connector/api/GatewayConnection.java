package io.longwave.connector.api;

import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.GatewayId;

/**
 * A handle on the gateway bridge: send downlinks to gateways, configure and inspect the bridge.
 * Handles are cheap; obtain one per use and close it. Not thread-safe; the adapter behind it is.
 */
public interface GatewayConnection extends AutoCloseable {

  /**
   * Sends a downlink to its gateway through whichever backend the gateway is connected to. The
   * call returns once the first item is handed to the transport; the outcome arrives later as a
   * {@link io.longwave.connector.api.frame.DownlinkTxAck} on {@link GatewayEventListener#onTxAck}.
   *
   * @throws GatewayUnavailableException when no backend can reach the gateway now
   */
  void sendDownlink(DownlinkFrame frame) throws GatewayUnavailableException;

  /** True when some backend can reach the gateway now. */
  boolean isConnected(GatewayId gatewayId);

  /**
   * Applies the bridge settings: opens, reopens or closes the UDP socket and the MQTT link so
   * that they match. Until the first call, the bridge receives nothing, so an application can
   * finish its own start-up (database migrations) before gateway traffic flows.
   *
   * @throws IllegalArgumentException with a reason when the settings cannot be applied (a port
   *     already taken, a malformed broker URI)
   */
  void configure(GatewayBridgeSettings settings);

  /** Stops every backend; gateway traffic is no longer received. */
  void shutdown();

  /** The bridge's current state and counters. */
  GatewayBridgeStatus status();

  /** Releases the handle; the bridge keeps running. */
  @Override
  void close();
}
