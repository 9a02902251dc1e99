package io.longwave.connector.backend;

import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.GatewayConnectionState;
import io.longwave.connector.api.frame.GatewayStats;
import io.longwave.connector.api.frame.UplinkFrame;

/**
 * Where backends put the events they decode. The adapter's implementation queues them for
 * delivery to message-driven beans and never blocks the caller: when the queue is full the event
 * is dropped and counted. Thread-safe.
 */
public interface GatewayEventSink {

  void uplink(UplinkFrame frame);

  void stats(GatewayStats stats);

  void txAck(DownlinkTxAck ack);

  void connectionState(GatewayConnectionState state);
}
