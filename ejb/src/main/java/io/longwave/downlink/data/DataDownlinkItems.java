package io.longwave.downlink.data;

import io.longwave.application.event.ApplicationEvents;
import io.longwave.application.event.ErrorEvent;
import io.longwave.connector.api.GatewayUnavailableException;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.downlink.DownlinkContext;
import io.longwave.downlink.DownlinkContextRepository;
import io.longwave.downlink.DownlinkCounter;
import io.longwave.downlink.GatewayDownlinks;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.FCtrl;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.PhyPayload;
import io.longwave.session.DeviceSession;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The steps every data downlink shares, whether it answers an uplink in Class A windows or goes
 * out at once to a Class C device (ChirpStack {@code downlink::data}): take the next queue item,
 * put it in a frame that has room for it, pick the frame counter, encrypt, set the MIC, remember
 * the downlink for its TX acknowledgement and hand it to the gateway. Stateless.
 */
final class DataDownlinkItems {

  private static final System.Logger LOG = System.getLogger(DataDownlinkItems.class.getName());

  /** The most bytes of MAC commands FOpts carries (LoRaWAN 1.0.4 §4.3.1.6, FOptsLen). */
  static final int MAX_F_OPTS = 15;

  private DataDownlinkItems() {}

  /**
   * The queue item to send and whether more wait behind it.
   *
   * @param item the oldest item not waiting for its ACK, or null
   * @param more other such items follow it (FPending)
   */
  record QueueSelection(DeviceQueueItem item, boolean more) {}

  /** The oldest item that is not waiting for its ACK and fits {@code max} bytes; larger go. */
  static QueueSelection nextQueueItem(
      DeviceQueueRepository queue, ApplicationEvents events, Eui64 devEui, int max) {
    List<DeviceQueueItem> items = new ArrayList<>(queue.list(devEui));
    items.removeIf(DeviceQueueItem::pending);
    while (!items.isEmpty()) {
      DeviceQueueItem item = items.remove(0);
      int size = item.data().length;
      if (size <= max) {
        return new QueueSelection(item, !items.isEmpty());
      }
      queue.delete(item.id());
      LOG.log(Level.WARNING, () -> "queue item " + item.id() + " of " + item.devEui()
          + " discarded: " + size + " bytes, at most " + max + " fit");
      events.error(new ErrorEvent(item.devEui(), "DOWNLINK_PAYLOAD_SIZE",
          "queue item " + item.id() + " discarded: it has " + size
              + " bytes and the receive windows take at most " + max, -1));
    }
    return new QueueSelection(null, false);
  }

  /** Puts the queue item in the frame if it fits the frame's data rate. */
  static void putQueueItem(DownlinkItemDraft draft, QueueSelection selection) {
    draft.fPending = selection.more();
    DeviceQueueItem q = selection.item();
    if (q == null) {
      return;
    }
    if (q.data().length <= draft.maxPayloadSize) {
      draft.carriesQueueItem = true;
      draft.fPort = q.fPort();
      draft.frmPayload = q.data();
      draft.confirmed = q.confirmed();
    } else {
      draft.fPending = true;
    }
  }

  /** LoRaWAN 1.1: AFCntDown for FPort &gt; 0, NFCntDown otherwise; 1.0.x: FCntDown. */
  static void setFrameCounter(DeviceSession session, DownlinkItemDraft draft) {
    if (session.macVersion().isLorawan11() && draft.fPort > 0) {
      draft.counter = DownlinkCounter.APPLICATION;
      draft.fCnt = session.aFCntDown();
    } else {
      draft.counter = DownlinkCounter.NETWORK;
      draft.fCnt = session.nFCntDown();
    }
  }

  /**
   * Encodes the frame, encrypts FOpts and FRMPayload and sets the MIC; the result is in {@code
   * draft.phyPayload}.
   *
   * @param ack the ACK bit
   * @param confFCnt LoRaWAN 1.1: the FCnt of the uplink acknowledged (used when {@code ack})
   */
  static void encryptAndSetMic(
      DeviceSession session, DownlinkItemDraft draft, boolean ack, long confFCnt) {
    MType mType = draft.confirmed ? MType.CONFIRMED_DATA_DOWN : MType.UNCONFIRMED_DATA_DOWN;
    FCtrl fCtrl = FCtrl.Downlink.of(true, ack, draft.fPending);
    PhyPayload plain =
        DownlinkFrames.plain(session.devAddr(), mType, fCtrl, (int) (draft.fCnt & 0xffff),
            MacCommandSelection.encode(draft.fOptsCommands), draft.fPort, draft.frmPayload);
    byte[] frame = plain.encode();
    DownlinkFrameCrypto.encryptPayload(session, plain, frame, draft.fCnt);
    DownlinkFrameCrypto.setMic(session, frame, draft.fCnt, confFCnt);
    draft.phyPayload = frame;
  }

  /** Remembers what each frame item carries, for {@code TxAckFlow}. */
  static void saveDownlinkContext(
      DownlinkContextRepository contexts, long downlinkId, DeviceSession session,
      List<DownlinkItemDraft> drafts, DeviceQueueItem queueItem, boolean ack, Instant now) {
    saveDownlinkContext(contexts, downlinkId, session, drafts, queueItem, ack, now, null);
  }

  /**
   * Remembers what each frame item carries, for {@code TxAckFlow}.
   *
   * @param emitAt when the gateway transmits the frame (a GPS-timed downlink), or null
   */
  static void saveDownlinkContext(
      DownlinkContextRepository contexts, long downlinkId, DeviceSession session,
      List<DownlinkItemDraft> drafts, DeviceQueueItem queueItem, boolean ack, Instant now,
      Instant emitAt) {
    List<DownlinkContext.Item> items = new ArrayList<>(drafts.size());
    for (DownlinkItemDraft d : drafts) {
      items.add(new DownlinkContext.Item(d.fCnt, d.counter,
          d.carriesQueueItem ? queueItem.id() : null, d.confirmed));
    }
    contexts.save(new DownlinkContext(downlinkId, session.devEui(), items, ack, now, emitAt));
  }

  /**
   * Hands the frame to the gateway. When the gateway is not connected the context is dropped and
   * a {@code DOWNLINK_GATEWAY} error event is sent.
   *
   * @param what the kind of downlink, for the log
   * @return true when the gateway took the frame
   */
  static boolean send(
      GatewayDownlinks gateways, DownlinkContextRepository contexts, ApplicationEvents events,
      long downlinkId, GatewayId gatewayId, DeviceSession session,
      List<DownlinkItemDraft> drafts, String what, Consumer<DownlinkFrame> beforeSend) {
    List<DownlinkFrameItem> items = new ArrayList<>(drafts.size());
    for (DownlinkItemDraft d : drafts) {
      items.add(new DownlinkFrameItem(d.phyPayload, d.rx.txInfo()));
    }
    DownlinkFrame frame = new DownlinkFrame(downlinkId, gatewayId, items);
    beforeSend.accept(frame);
    try {
      gateways.send(frame);
      return true;
    } catch (GatewayUnavailableException e) {
      contexts.take(downlinkId);
      LOG.log(Level.WARNING, () -> what + " to " + session.devEui() + " not sent: "
          + e.getMessage());
      events.error(new ErrorEvent(session.devEui(), "DOWNLINK_GATEWAY", e.getMessage(),
          drafts.get(0).fCnt));
      return false;
    }
  }
}
