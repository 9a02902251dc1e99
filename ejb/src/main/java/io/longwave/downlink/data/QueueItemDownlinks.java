package io.longwave.downlink.data;

import io.longwave.application.event.ApplicationEvents;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.downlink.DownlinkContextRepository;
import io.longwave.downlink.GatewayDownlinks;
import io.longwave.framelog.FrameLog;
import io.longwave.framelog.LoggedDownlink;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.session.DeviceSession;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The steps after the tx-info of a scheduled (Class B or C) downlink, shared by both flows:
 * {@code getNextQueueItem}, {@code checkPayloadSize}, {@code setMacCommands} (the commands given,
 * in FOpts as far as they fit next to the queue item), {@code setFrameCounter}, {@code
 * encryptPayloadAndSetMic}, {@code saveDownlinkContext}, {@code logDownlinkFrame}, {@code send}.
 * As for the Class A answer, the context is saved and the frame logged (for the device and the
 * gateway, with its tx info) before it goes to the gateway, so that an acknowledgement arriving at
 * once finds both. Threading: thread-safe if its ports are.
 */
final class QueueItemDownlinks {

  private final DeviceQueueRepository queue;
  private final GatewayDownlinks gateways;
  private final DownlinkContextRepository contexts;
  private final ApplicationEvents events;
  private final RandomGenerator random;
  private final FrameLog frames;

  QueueItemDownlinks(
      DeviceQueueRepository queue,
      GatewayDownlinks gateways,
      DownlinkContextRepository contexts,
      ApplicationEvents events,
      RandomGenerator random,
      FrameLog frames) {
    this.queue = Objects.requireNonNull(queue, "queue");
    this.gateways = Objects.requireNonNull(gateways, "gateways");
    this.contexts = Objects.requireNonNull(contexts, "contexts");
    this.events = Objects.requireNonNull(events, "events");
    this.random = Objects.requireNonNull(random, "random");
    this.frames = Objects.requireNonNull(frames, "frames");
  }

  /**
   * Puts the next queue item that fits the draft in it and sends it through {@code gatewayId}.
   *
   * @param now the time of the scheduler run: of the downlink context and the frame log entry
   * @param emitAt when the frame goes on air
   * @param gpsTimed the frame is sent at a GPS time (its emit time is kept for the ACK timeout)
   * @param what the kind of downlink, for the log
   */
  ScheduledDownlinkFlow.Outcome send(
      DeviceSession session, DownlinkItemDraft draft, GatewayId gatewayId, Instant now,
      Instant emitAt, boolean gpsTimed, String what) {
    return send(session, draft, List.of(), gatewayId, now, emitAt, gpsTimed, what);
  }

  /**
   * As {@link #send(DeviceSession, DownlinkItemDraft, GatewayId, Instant, Instant, boolean,
   * String)}, with MAC commands in FOpts next to the queue item.
   *
   * @param macCommands the commands to carry, in order; those that do not fit stay out
   */
  ScheduledDownlinkFlow.Outcome send(
      DeviceSession session, DownlinkItemDraft draft, List<MacCommand> macCommands,
      GatewayId gatewayId, Instant now, Instant emitAt, boolean gpsTimed, String what) {
    DataDownlinkItems.QueueSelection next =
        DataDownlinkItems.nextQueueItem(queue, events, session.devEui(), draft.maxPayloadSize);
    if (next.item() == null) {
      return ScheduledDownlinkFlow.Outcome.of(ScheduledDownlinkFlow.Result.NOTHING_QUEUED);
    }
    DataDownlinkItems.putQueueItem(draft, next);
    setMacCommands(draft, macCommands);
    DataDownlinkItems.setFrameCounter(session, draft);
    DataDownlinkItems.encryptAndSetMic(session, draft, false, 0);
    long downlinkId = random.nextLong() & 0xffff_ffffL;
    List<DownlinkItemDraft> items = List.of(draft);
    DataDownlinkItems.saveDownlinkContext(
        contexts, downlinkId, session, items, next.item(), false, now, gpsTimed ? emitAt : null);
    boolean sent =
        DataDownlinkItems.send(gateways, contexts, events, downlinkId, gatewayId, session, items,
            what, frame -> logDownlinkFrame(session, frame, now));
    return sent
        ? new ScheduledDownlinkFlow.Outcome(ScheduledDownlinkFlow.Result.SENT, emitAt)
        : ScheduledDownlinkFlow.Outcome.of(ScheduledDownlinkFlow.Result.NOT_SENT);
  }

  private void logDownlinkFrame(DeviceSession session, DownlinkFrame frame, Instant now) {
    frames.downlink(LoggedDownlink.sent(now, session.devEui(), frame));
  }

  /**
   * FOpts next to the application data: at most 15 bytes (LoRaWAN 1.0.4 §4.3.1.6) and what the
   * data rate leaves beside the FRMPayload, as the Class A answer does.
   */
  private static void setMacCommands(DownlinkItemDraft draft, List<MacCommand> macCommands) {
    if (macCommands.isEmpty() || !draft.carriesQueueItem) {
      return;
    }
    int room = Math.min(DataDownlinkItems.MAX_F_OPTS,
        draft.maxPayloadSize - draft.frmPayload.length);
    draft.fOptsCommands = MacCommandSelection.fitting(macCommands, room);
  }
}
