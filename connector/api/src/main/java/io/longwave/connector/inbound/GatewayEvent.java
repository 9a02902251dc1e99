package io.longwave.connector.inbound;

import io.longwave.connector.api.GatewayEventListener;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.GatewayConnectionState;
import io.longwave.connector.api.frame.GatewayStats;
import io.longwave.connector.api.frame.UplinkFrame;

/** A gateway event waiting for delivery to a bean; knows which listener method takes it. */
public sealed interface GatewayEvent {

  /** Calls the matching listener method. */
  void deliverTo(GatewayEventListener listener);

  /** The counter suffix of this kind of event ({@code uplink}, {@code stats} …). */
  String kind();

  record Uplink(UplinkFrame frame) implements GatewayEvent {
    @Override
    public void deliverTo(GatewayEventListener listener) {
      listener.onUplink(frame);
    }

    @Override
    public String kind() {
      return "uplink";
    }
  }

  record Stats(GatewayStats stats) implements GatewayEvent {
    @Override
    public void deliverTo(GatewayEventListener listener) {
      listener.onGatewayStats(stats);
    }

    @Override
    public String kind() {
      return "stats";
    }
  }

  record TxAck(DownlinkTxAck ack) implements GatewayEvent {
    @Override
    public void deliverTo(GatewayEventListener listener) {
      listener.onTxAck(ack);
    }

    @Override
    public String kind() {
      return "txack";
    }
  }

  record ConnectionState(GatewayConnectionState state) implements GatewayEvent {
    @Override
    public void deliverTo(GatewayEventListener listener) {
      listener.onConnectionState(state);
    }

    @Override
    public String kind() {
      return "connection_state";
    }
  }
}
