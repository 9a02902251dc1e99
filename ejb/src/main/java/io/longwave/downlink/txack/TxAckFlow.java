package io.longwave.downlink.txack;

import io.longwave.application.event.ApplicationEvents;
import io.longwave.application.event.ErrorEvent;
import io.longwave.application.event.TxAckEvent;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxAckItem;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileRepository;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.downlink.DownlinkContext;
import io.longwave.downlink.DownlinkContextRepository;
import io.longwave.downlink.DownlinkCounter;
import io.longwave.downlink.multicast.MulticastTxAckFlow;
import io.longwave.framelog.FrameLog;
import io.longwave.lorawan.FrameCounter;
import io.longwave.session.ConcurrentSessionUpdateException;
import io.longwave.session.DeviceSession;
import io.longwave.session.DeviceSessionRepository;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Handles a gateway's TX acknowledgement of a data downlink (ChirpStack {@code
 * downlink::tx_ack}). Steps: {@code logTxAck} (the status on the logged downlink), {@code
 * findDownlinkContext}, {@code findSentItem}; when an item went
 * on air (also the RX2 item after a refused RX1 item): {@code advanceFrameCounter} (versioned
 * save, retried on a concurrent update), {@code updateQueueItem} (an unconfirmed item is deleted,
 * a confirmed one waits for its ACK) and {@code sendTxAckEvent}; when none did: {@code
 * reportTxAckError}, leaving counters and queue as they were.
 *
 * <p>The acknowledgement of a multicast copy goes to {@link MulticastTxAckFlow}. That of a
 * join-accept (LoRaWAN 1.0.4 §6.2.6) is only logged and counted ({@code countJoinAcceptAck}): it
 * moves no counter, the device's session starts with its first uplink.
 *
 * <p>The context is taken from the repository, so a repeated acknowledgement finds nothing and
 * cannot advance a counter twice. Acknowledgements of unknown downlinks are ignored and counted.
 * Threading: thread-safe if its ports are.
 */
public final class TxAckFlow {

  private static final System.Logger LOG = System.getLogger(TxAckFlow.class.getName());
  private static final int MAX_SAVE_ATTEMPTS = 5;

  private final DownlinkContextRepository contexts;
  private final DeviceSessionRepository sessions;
  private final DeviceQueueRepository queue;
  private final DeviceRepository devices;
  private final DeviceProfileRepository profiles;
  private final ApplicationEvents events;
  private final FrameLog frames;
  private final Clock clock;
  private final MulticastTxAckFlow multicast;
  private final Runnable onJoinAcceptAck;
  private final AtomicLong unknownAcks = new AtomicLong();
  private final AtomicLong joinAcceptAcks = new AtomicLong();

  public TxAckFlow(
      DownlinkContextRepository contexts,
      DeviceSessionRepository sessions,
      DeviceQueueRepository queue,
      DeviceRepository devices,
      DeviceProfileRepository profiles,
      ApplicationEvents events,
      FrameLog frames,
      Clock clock) {
    this(contexts, sessions, queue, devices, profiles, events, frames, clock,
        new MulticastTxAckFlow());
  }

  public TxAckFlow(
      DownlinkContextRepository contexts,
      DeviceSessionRepository sessions,
      DeviceQueueRepository queue,
      DeviceRepository devices,
      DeviceProfileRepository profiles,
      ApplicationEvents events,
      FrameLog frames,
      Clock clock,
      MulticastTxAckFlow multicast) {
    this(contexts, sessions, queue, devices, profiles, events, frames, clock, multicast, () -> { });
  }

  /** @param onJoinAcceptAck told of each acknowledged join-accept, e.g. to count it */
  public TxAckFlow(
      DownlinkContextRepository contexts,
      DeviceSessionRepository sessions,
      DeviceQueueRepository queue,
      DeviceRepository devices,
      DeviceProfileRepository profiles,
      ApplicationEvents events,
      FrameLog frames,
      Clock clock,
      MulticastTxAckFlow multicast,
      Runnable onJoinAcceptAck) {
    this.multicast = Objects.requireNonNull(multicast, "multicast");
    this.onJoinAcceptAck = Objects.requireNonNull(onJoinAcceptAck, "onJoinAcceptAck");
    this.contexts = Objects.requireNonNull(contexts, "contexts");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.queue = Objects.requireNonNull(queue, "queue");
    this.devices = Objects.requireNonNull(devices, "devices");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.events = Objects.requireNonNull(events, "events");
    this.frames = Objects.requireNonNull(frames, "frames");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Handles one acknowledgement. */
  public void handle(DownlinkTxAck ack) {
    logTxAck(ack);
    Optional<DownlinkContext> found = findDownlinkContext(ack);
    if (found.isEmpty()) {
      return;
    }
    DownlinkContext context = found.get();
    if (context.multicast()) {
      multicast.handle(ack, context);
      return;
    }
    if (context.joinAccept()) {
      countJoinAcceptAck();
      return;
    }
    int sent = findSentItem(ack, context);
    if (sent < 0) {
      reportTxAckError(ack, context);
      return;
    }
    DownlinkContext.Item item = context.items().get(sent);
    Optional<DeviceSession> session = advanceFrameCounter(context, item);
    if (session.isEmpty() || !item.hasQueueItem()) {
      return;
    }
    if (updateQueueItem(context, item, session.get())) {
      sendTxAckEvent(ack, context, item);
    }
  }

  /** Acknowledgements of join-accepts so far, whichever instance sent them. */
  public long joinAcceptAcks() {
    return joinAcceptAcks.get();
  }

  private void countJoinAcceptAck() {
    joinAcceptAcks.incrementAndGet();
    onJoinAcceptAck.run();
  }

  /** Acknowledgements that matched no known downlink so far. */
  public long unknownAcks() {
    return unknownAcks.get();
  }

  private void logTxAck(DownlinkTxAck ack) {
    frames.txAck(ack);
  }

  private Optional<DownlinkContext> findDownlinkContext(DownlinkTxAck ack) {
    Optional<DownlinkContext> context = contexts.take(ack.downlinkId());
    if (context.isEmpty()) {
      unknownAcks.incrementAndGet();
      LOG.log(Level.DEBUG, () -> "TX ack of unknown downlink " + ack.downlinkId() + " from "
          + ack.gatewayId() + " ignored");
    }
    return context;
  }

  /** The index of the item that went on air, or -1 (also for an ack naming items never sent). */
  private static int findSentItem(DownlinkTxAck ack, DownlinkContext context) {
    int accepted = ack.acceptedItem();
    return accepted < context.items().size() ? accepted : -1;
  }

  /** Sets the counter the item used to one past its FCnt, never backwards. */
  private Optional<DeviceSession> advanceFrameCounter(
      DownlinkContext context, DownlinkContext.Item item) {
    long next = (item.fCnt() + 1) & FrameCounter.MAX;
    for (int attempt = 1; ; attempt++) {
      Optional<DeviceSession> found = sessions.find(context.devEui());
      if (found.isEmpty()) {
        LOG.log(Level.WARNING, () -> "TX ack for " + context.devEui() + ", which has no session");
        return Optional.empty();
      }
      DeviceSession s = found.get();
      if (item.counter() == DownlinkCounter.APPLICATION) {
        s.aFCntDown(Math.max(s.aFCntDown(), next));
      } else {
        s.nFCntDown(Math.max(s.nFCntDown(), next));
      }
      if (item.confirmed() && item.hasQueueItem()) {
        s.awaitedAckQueueItem(item.queueItemId());
        if (s.macVersion().isLorawan11()) {
          s.confFCnt(item.fCnt());
        }
      }
      try {
        sessions.save(s);
        return Optional.of(s);
      } catch (ConcurrentSessionUpdateException e) {
        if (attempt == MAX_SAVE_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /**
   * Deletes an unconfirmed item (one statement); marks a confirmed one pending. False when it is
   * gone.
   */
  private boolean updateQueueItem(
      DownlinkContext context, DownlinkContext.Item item, DeviceSession session) {
    if (!item.confirmed()) {
      if (queue.delete(item.queueItemId())) {
        return true;
      }
      logNoLongerQueued(context, item);
      return false;
    }
    Optional<DeviceQueueItem> found =
        queue.list(context.devEui()).stream()
            .filter(q -> q.id().equals(item.queueItemId()))
            .findFirst();
    if (found.isEmpty()) {
      logNoLongerQueued(context, item);
      return false;
    }
    queue.update(found.get().sentPending(item.fCnt(), pendingTimeout(context, session)));
    return true;
  }

  private static void logNoLongerQueued(DownlinkContext context, DownlinkContext.Item item) {
    LOG.log(Level.INFO, () -> "queue item " + item.queueItemId() + " of " + context.devEui()
        + " was sent but is no longer queued");
  }

  /**
   * Class C: now plus the profile's Class C timeout; Class B: the ping slot plus the profile's
   * Class B timeout (ChirpStack v3 {@code setDeviceQueueItemPending}); otherwise none (the next
   * uplink decides).
   */
  private Instant pendingTimeout(DownlinkContext context, DeviceSession session) {
    DeviceClass deviceClass = session.deviceClass();
    if (deviceClass == DeviceClass.A) {
      return null;
    }
    Optional<DeviceProfile> profile =
        devices.find(context.devEui()).flatMap(d -> profiles.find(d.deviceProfileId()));
    if (deviceClass == DeviceClass.B) {
      int seconds = profile.map(DeviceProfile::classBTimeoutSeconds).orElse(0);
      Instant emitAt = context.emitAt() == null ? clock.instant() : context.emitAt();
      return emitAt.plusSeconds(seconds);
    }
    int seconds = profile.map(DeviceProfile::classCTimeoutSeconds).orElse(0);
    return clock.instant().plusSeconds(seconds);
  }

  private void sendTxAckEvent(
      DownlinkTxAck ack, DownlinkContext context, DownlinkContext.Item item) {
    events.txAcked(
        new TxAckEvent(context.devEui(), item.queueItemId(), item.fCnt(), ack.gatewayId()));
  }

  /** ChirpStack reports the status of the last item tried. */
  private void reportTxAckError(DownlinkTxAck ack, DownlinkContext context) {
    TxAckStatus status = TxAckStatus.IGNORED;
    int index = 0;
    for (int i = 0; i < ack.items().size(); i++) {
      DownlinkTxAckItem a = ack.items().get(i);
      if (a.status() != TxAckStatus.IGNORED) {
        status = a.status();
        index = i;
      }
    }
    DownlinkContext.Item item = context.items().get(Math.min(index, context.items().size() - 1));
    String reason = status.name();
    LOG.log(Level.WARNING, () -> "downlink " + ack.downlinkId() + " to " + context.devEui()
        + " not sent by " + ack.gatewayId() + ": " + reason);
    events.error(new ErrorEvent(context.devEui(), "DOWNLINK_TX_ACK",
        "gateway " + ack.gatewayId() + " did not send the downlink: " + reason, item.fCnt()));
  }
}
