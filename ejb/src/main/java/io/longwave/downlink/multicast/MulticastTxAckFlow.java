package io.longwave.downlink.multicast;

import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxAckItem;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.downlink.DownlinkContext;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * Handles a gateway's TX acknowledgement of one copy of a multicast frame (ChirpStack {@code
 * downlink::tx_ack} for a multicast queue item). Steps: {@code checkStatus}, then either {@code
 * countSent} or {@code reportTxAckError} (counted per gateway and logged). The group's frame
 * counter is not touched: as in ChirpStack it moved on when the payload was enqueued, so a copy
 * the gateway refused does not hand its counter to the next payload (a member would drop that
 * as a replay). The copy already left the queue, so nothing is sent again. Threading:
 * thread-safe.
 */
public final class MulticastTxAckFlow {

  private static final System.Logger LOG = System.getLogger(MulticastTxAckFlow.class.getName());

  private final BiConsumer<GatewayId, TxAckStatus> onError;
  private final Map<GatewayId, AtomicLong> errors = new ConcurrentHashMap<>();
  private final AtomicLong sent = new AtomicLong();

  /** @param onError told of each refused copy, e.g. to count it in the metrics */
  public MulticastTxAckFlow(BiConsumer<GatewayId, TxAckStatus> onError) {
    this.onError = Objects.requireNonNull(onError, "onError");
  }

  /** A flow that only keeps its own counts. */
  public MulticastTxAckFlow() {
    this((gateway, status) -> { });
  }

  /** Handles the acknowledgement of the copy whose context is given. */
  public void handle(DownlinkTxAck ack, DownlinkContext context) {
    if (!context.multicast()) {
      throw new IllegalArgumentException("not a multicast downlink: " + ack.downlinkId());
    }
    if (checkStatus(ack)) {
      countSent();
    } else {
      reportTxAckError(ack, context);
    }
  }

  /** Copies the gateways reported sent. */
  public long sent() {
    return sent.get();
  }

  /** Copies the gateway refused (too late, collision, duty cycle, ...). */
  public long errors(GatewayId gatewayId) {
    AtomicLong n = errors.get(gatewayId);
    return n == null ? 0 : n.get();
  }

  private static boolean checkStatus(DownlinkTxAck ack) {
    return ack.acceptedItem() >= 0;
  }

  private void countSent() {
    sent.incrementAndGet();
  }

  private void reportTxAckError(DownlinkTxAck ack, DownlinkContext context) {
    TxAckStatus status = TxAckStatus.IGNORED;
    for (DownlinkTxAckItem item : ack.items()) {
      if (item.status() != TxAckStatus.IGNORED) {
        status = item.status();
      }
    }
    errors.computeIfAbsent(ack.gatewayId(), g -> new AtomicLong()).incrementAndGet();
    TxAckStatus reason = status;
    LOG.log(Level.WARNING, () -> "multicast frame " + context.items().get(0).fCnt()
        + " of group " + context.multicastGroupId() + " not sent by " + ack.gatewayId() + ": "
        + reason);
    onError.accept(ack.gatewayId(), status);
  }
}
