package io.longwave.framelog;

import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxAckItem;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.MType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A logged downlink (LoRaWAN 1.1 §4; ChirpStack {@code DownlinkFrameLog}): the frame handed to a
 * gateway with every transmission option (RX1, RX2), and, once the gateway acknowledged it, the
 * TX_ACK status and which option went on air. {@link #phyPayload()} and {@link #txInfo()} are
 * those of the option sent, or of the first one while that is not known.
 *
 * @param time when the network server sent it to the gateway
 * @param devEui the device; null for a multicast frame, which is logged for its gateway only
 * @param downlinkId the downlink id echoed in the TX acknowledgement
 * @param gatewayId the gateway
 * @param items the transmission options, in the order the gateway tries them
 * @param txAckStatus {@link TxAckStatus#OK} when an option went on air, otherwise the last
 *     error; null until the acknowledgement arrives
 * @param sentItem the index of the option that went on air, or -1
 */
public record LoggedDownlink(
    Instant time,
    Eui64 devEui,
    long downlinkId,
    GatewayId gatewayId,
    List<DownlinkFrameItem> items,
    TxAckStatus txAckStatus,
    int sentItem)
    implements LoggedFrame {

  public LoggedDownlink {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(gatewayId, "gatewayId");
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a logged downlink needs at least one item");
    }
    for (DownlinkFrameItem i : items) {
      if (i.phyPayload().length == 0) {
        throw new IllegalArgumentException("a logged downlink item needs a PHYPayload");
      }
    }
    if (sentItem < -1 || sentItem >= items.size()) {
      throw new IllegalArgumentException(
          "sentItem must be -1 or an index below " + items.size() + ", got " + sentItem);
    }
  }

  /** The log entry of a frame just sent, its acknowledgement not known yet. */
  public static LoggedDownlink sent(Instant time, Eui64 devEui, DownlinkFrame frame) {
    return new LoggedDownlink(time, devEui, frame.downlinkId(), frame.gatewayId(), frame.items(),
        null, -1);
  }

  /** The log entry of one gateway's copy of a multicast frame just sent (LoRaWAN TS005). */
  public static LoggedDownlink multicast(Instant time, DownlinkFrame frame) {
    return new LoggedDownlink(time, null, frame.downlinkId(), frame.gatewayId(), frame.items(),
        null, -1);
  }

  /** True for a multicast frame, which belongs to no single device. */
  public boolean multicast() {
    return devEui == null;
  }

  /**
   * This entry with the outcome of {@code ack}: OK and the accepted option, or the status of the
   * last option the gateway tried (as ChirpStack reports it) and no option sent.
   */
  public LoggedDownlink withTxAck(DownlinkTxAck ack) {
    int accepted = ack.acceptedItem();
    if (accepted >= 0) {
      return new LoggedDownlink(time, devEui, downlinkId, gatewayId, items, TxAckStatus.OK,
          accepted < items.size() ? accepted : -1);
    }
    TxAckStatus status = TxAckStatus.IGNORED;
    for (DownlinkTxAckItem i : ack.items()) {
      if (i.status() != TxAckStatus.IGNORED) {
        status = i.status();
      }
    }
    return new LoggedDownlink(time, devEui, downlinkId, gatewayId, items, status, -1);
  }

  /** True once the TX acknowledgement is known. */
  public boolean acknowledged() {
    return txAckStatus != null;
  }

  private DownlinkFrameItem shown() {
    return items.get(Math.max(sentItem, 0));
  }

  @Override
  public byte[] phyPayload() {
    return shown().phyPayload().clone();
  }

  /** The tx info of the option sent, or of the first while that is not known. */
  public DownlinkTxInfo txInfo() {
    return shown().txInfo();
  }

  @Override
  public MType mType() {
    return MType.fromCode((shown().phyPayload()[0] & 0xff) >>> 5);
  }
}
