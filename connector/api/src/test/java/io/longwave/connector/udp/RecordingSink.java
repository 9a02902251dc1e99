package io.longwave.connector.udp;

import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.GatewayConnectionState;
import io.longwave.connector.api.frame.GatewayStats;
import io.longwave.connector.api.frame.UplinkFrame;
import io.longwave.connector.backend.GatewayEventSink;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A sink that keeps every event for the test to take. */
final class RecordingSink implements GatewayEventSink {

  final BlockingQueue<UplinkFrame> uplinks = new LinkedBlockingQueue<>();
  final BlockingQueue<GatewayStats> stats = new LinkedBlockingQueue<>();
  final BlockingQueue<DownlinkTxAck> acks = new LinkedBlockingQueue<>();
  final BlockingQueue<GatewayConnectionState> states = new LinkedBlockingQueue<>();

  @Override
  public void uplink(UplinkFrame frame) {
    uplinks.add(frame);
  }

  @Override
  public void stats(GatewayStats s) {
    stats.add(s);
  }

  @Override
  public void txAck(DownlinkTxAck ack) {
    acks.add(ack);
  }

  @Override
  public void connectionState(GatewayConnectionState state) {
    states.add(state);
  }

  static <T> T take(BlockingQueue<T> q) throws InterruptedException {
    T v = q.poll(5, TimeUnit.SECONDS);
    if (v == null) {
      throw new AssertionError("no event within 5 s");
    }
    return v;
  }
}
