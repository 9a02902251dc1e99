package io.longwave.connector.api;

import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.GatewayConnectionState;
import io.longwave.connector.api.frame.GatewayStats;
import io.longwave.connector.api.frame.UplinkFrame;

/**
 * The message listener a message-driven bean implements to receive gateway events from the
 * Longwave gateway bridge, whichever backend (Semtech UDP or MQTT) the gateway uses.
 *
 * <p>Threading: the adapter calls these methods from its own work threads, several at once; a
 * bean instance gets one call at a time. The adapter has already acknowledged the transport
 * (PUSH_ACK, MQTT) before the call; an exception thrown here is logged and counted, and the event
 * is not redelivered.
 */
public interface GatewayEventListener {

  /** One gateway's reception of an uplink (one call per gateway and antenna). */
  void onUplink(UplinkFrame frame);

  /** A gateway's periodic statistics. */
  void onGatewayStats(GatewayStats stats);

  /** The final outcome of a downlink sent through {@link GatewayConnection#sendDownlink}. */
  void onTxAck(DownlinkTxAck ack);

  /** A gateway connected or disconnected. */
  void onConnectionState(GatewayConnectionState state);
}
