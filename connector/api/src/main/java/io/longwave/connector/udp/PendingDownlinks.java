package io.longwave.connector.udp;

import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxAckItem;
import io.longwave.connector.api.frame.TxAckStatus;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Downlinks sent as PULL_RESP and waiting for their TX_ACK, by the random token of the
 * PULL_RESP. When the gateway refuses an item (any {@code error} but NONE) the next item is
 * tried (the RX2 item after RX1, as the ChirpStack gateway bridge does); when an item is
 * accepted or none is left, one final acknowledgement with every item's status is produced.
 * Items never tried stay {@link TxAckStatus#IGNORED}. A downlink without an answer within the TTL
 * ends with {@link TxAckStatus#INTERNAL_ERROR} for the item in flight. Thread-safe.
 */
public final class PendingDownlinks {

  /** What to do after an answer. */
  public sealed interface Outcome {
    /** Send item {@code index} of the frame with the new {@code token}. */
    record SendNext(DownlinkFrame frame, int index, int token) implements Outcome {}

    /** The downlink is over: report this acknowledgement. */
    record Done(DownlinkTxAck ack) implements Outcome {}

    /** No downlink waits for this token (late, duplicated or foreign TX_ACK). */
    record Unknown() implements Outcome {}
  }

  private static final class Pending {
    final DownlinkFrame frame;
    final DownlinkTxAckItem[] items;
    final long createdNanos;
    int index;

    Pending(DownlinkFrame frame, long createdNanos) {
      this.frame = frame;
      this.createdNanos = createdNanos;
      this.items = new DownlinkTxAckItem[frame.items().size()];
      Arrays.fill(items, DownlinkTxAckItem.of(TxAckStatus.IGNORED));
    }
  }

  private final long ttlNanos;
  private final SecureRandom random = new SecureRandom();
  private final Map<Integer, Pending> byToken = new ConcurrentHashMap<>();

  public PendingDownlinks(java.time.Duration ttl) {
    this.ttlNanos = ttl.toNanos();
  }

  /** Registers a new downlink; returns the token for the PULL_RESP of its first item. */
  public int start(DownlinkFrame frame, long nowNanos) {
    return register(new Pending(frame, nowNanos));
  }

  private int register(Pending p) {
    while (true) {
      int token = random.nextInt(0x10000);
      if (byToken.putIfAbsent(token, p) == null) {
        return token;
      }
    }
  }

  /** Handles the gateway's answer to the PULL_RESP with {@code token}. */
  public Outcome answered(int token, TxAckStatus status, String warning, Integer warningValue) {
    Pending p = byToken.remove(token);
    if (p == null) {
      return new Outcome.Unknown();
    }
    synchronized (p) {
      p.items[p.index] = new DownlinkTxAckItem(status, warning, warningValue);
      if (!status.isOk() && p.index + 1 < p.items.length) {
        p.index++;
        return new Outcome.SendNext(p.frame, p.index, register(p));
      }
      return new Outcome.Done(ack(p));
    }
  }

  /**
   * Sending item {@code index} failed locally (for example the gateway went offline or the item
   * cannot be expressed as a txpk): the item gets {@code status} and the next one is tried.
   */
  public Outcome failed(int token, TxAckStatus status) {
    return answered(token, status, null, null);
  }

  /** Ends the downlinks older than the TTL; their final acknowledgements. */
  public List<DownlinkTxAck> expire(long nowNanos) {
    List<DownlinkTxAck> done = new ArrayList<>();
    byToken.forEach(
        (token, p) -> {
          if (nowNanos - p.createdNanos >= ttlNanos && byToken.remove(token, p)) {
            synchronized (p) {
              p.items[p.index] = DownlinkTxAckItem.of(TxAckStatus.INTERNAL_ERROR);
              done.add(ack(p));
            }
          }
        });
    return done;
  }

  /** Downlinks waiting now. */
  public int size() {
    return byToken.size();
  }

  private static DownlinkTxAck ack(Pending p) {
    return new DownlinkTxAck(p.frame.gatewayId(), p.frame.downlinkId(), List.of(p.items));
  }
}
