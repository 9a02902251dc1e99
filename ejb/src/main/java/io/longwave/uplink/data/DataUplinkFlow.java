package io.longwave.uplink.data;

import io.longwave.adr.UplinkHistory;
import io.longwave.application.event.AckEvent;
import io.longwave.application.event.ApplicationEvents;
import io.longwave.application.event.DataUplinkEvent;
import io.longwave.application.event.ErrorEvent;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceProfileRepository;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.downlink.ClassADownlinks;
import io.longwave.downlink.ClassAResponse;
import io.longwave.framelog.DeviceActivity;
import io.longwave.framelog.FrameLog;
import io.longwave.framelog.LastUplink;
import io.longwave.framelog.LoggedUplink;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.mac.MacCommandHandling;
import io.longwave.mac.MacContext;
import io.longwave.mac.MacOutcome;
import io.longwave.network.NetworkSettings;
import io.longwave.session.ConcurrentSessionUpdateException;
import io.longwave.session.DeviceSession;
import io.longwave.session.DeviceSessionRepository;
import io.longwave.session.FrameCounterValidation;
import io.longwave.session.FrameCounterValidation.Status;
import io.longwave.uplink.ReceptionRegions;
import io.longwave.uplink.UplinkFrameSet;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The data uplink flow (LoRaWAN 1.0.4 §4, 1.1 §4; ChirpStack {@code uplink::data}): find the
 * session by DevAddr and MIC, validate and claim the frame counter, decode the MAC commands,
 * update the device state, handle the ACK of a pending confirmed downlink, save the session, send
 * the application events, and start the Class A answer after the "get downlink data" delay.
 *
 * <p>A LoRaWAN 1.1 device's first uplink under a pending rejoin session activates it first.
 *
 * <p>Concurrency: the frame counter is claimed together with the state the uplink changed, in
 * one versioned save, before any event leaves the flow. When another copy of the same uplink
 * saved first, the session is read again and the counter validated again, so the second copy ends
 * as a retransmission and never reaches the application twice; when another flow saved first,
 * the state steps run again on the fresh copy, with the MAC events of the lost attempt discarded.
 * A frame about to be dropped for a reason that rests on the session (unknown address, MIC,
 * frame counter) is looked at once more after the repository {@linkplain
 * DeviceSessionRepository#forget forgot} what it kept of the address, so a session kept in
 * memory never drops a frame the stored one accepts.
 *
 * <p>Threading: thread-safe when its ports are; one call handles one uplink. Failure modes: a
 * dropped uplink is counted in {@link UplinkDrops} and reported in the outcome; exceptions of the
 * ports propagate.
 */
public final class DataUplinkFlow {

  private static final Logger LOG = System.getLogger(DataUplinkFlow.class.getName());
  private static final int MAX_SAVE_ATTEMPTS = 4;

  private final DeviceSessionRepository sessions;
  private final DeviceRepository devices;
  private final DeviceProfileRepository profiles;
  private final DeviceQueueRepository queue;
  private final MacCommandHandling mac;
  private final ApplicationEvents events;
  private final ClassADownlinks downlinks;
  private final DownlinkDelayScheduler scheduler;
  private final NetworkSettings settings;
  private final UplinkDrops drops;
  private final AesKeyContextCache keys;
  private final SessionMatcher matcher;
  private final FrameLog frames;
  private final DeviceActivity activity;
  private final ReceptionRegions receptions;
  private final Clock clock;

  public DataUplinkFlow(
      DeviceSessionRepository sessions,
      DeviceRepository devices,
      DeviceProfileRepository profiles,
      DeviceQueueRepository queue,
      MacCommandHandling mac,
      ApplicationEvents events,
      ClassADownlinks downlinks,
      DownlinkDelayScheduler scheduler,
      NetworkSettings settings,
      UplinkDrops drops,
      AesKeyContextCache keys,
      FrameLog frames,
      DeviceActivity activity,
      ReceptionRegions receptions,
      Clock clock) {
    this.sessions = sessions;
    this.devices = devices;
    this.profiles = profiles;
    this.queue = queue;
    this.mac = mac;
    this.events = events;
    this.downlinks = downlinks;
    this.scheduler = scheduler;
    this.settings = settings;
    this.drops = drops;
    this.keys = keys;
    this.matcher = new SessionMatcher(keys);
    this.frames = frames;
    this.activity = activity;
    this.receptions = receptions;
    this.clock = clock;
  }

  /**
   * Handles one data uplink.
   *
   * @param uplink the frame set with every reception
   * @param phy its decoded PHYPayload, MType unconfirmed or confirmed data up
   */
  public DataUplinkOutcome handle(UplinkFrameSet uplink, PhyPayload phy) {
    DataUplinkContext ctx = new DataUplinkContext(uplink, phy, clock.instant());
    boolean afterConcurrentSave = false;
    boolean lookedAgain = false;
    boolean logged = false;
    for (int attempt = 1; ; attempt++) {
      ctx.uplink = uplink;
      String drop = findSessionAndValidateMic(ctx);
      if (drop == null) {
        drop = filterReceptionsByRegion(ctx);
      }
      if (drop == null && !activatePendingRejoinSession(ctx)) {
        if (attempt == MAX_SAVE_ATTEMPTS) {
          return dropped(ctx, UplinkDrops.SESSION_CONFLICT);
        }
        afterConcurrentSave = true;
        continue;
      }
      if (drop == null && !logged) {
        logUplinkFrame(ctx);
        logged = true;
      }
      if (drop == null) {
        drop = getDeviceAndProfile(ctx);
      }
      if (drop == null) {
        drop = validateFrameCounter(ctx, afterConcurrentSave);
      }
      if (drop != null) {
        if (!lookedAgain && !afterConcurrentSave && lookAgainInStore(ctx, drop)) {
          lookedAgain = true;
          continue;
        }
        reportFrameCounterError(ctx, drop, afterConcurrentSave);
        return dropped(ctx, drop);
      }
      decryptFOptsAndDecodeMacCommands(ctx);
      updateDeviceState(ctx);
      handleMacCommands(ctx);
      handleUplinkAck(ctx);
      if (saveSession(ctx)) {
        break;
      }
      if (attempt == MAX_SAVE_ATTEMPTS) {
        return dropped(ctx, UplinkDrops.SESSION_CONFLICT);
      }
      afterConcurrentSave = true;
    }
    markDeviceSeen(ctx);
    sendApplicationEvents(ctx);
    respond(ctx);
    return DataUplinkOutcome.accepted(ctx.fullFCnt);
  }

  /**
   * A drop decided on sessions the repository kept in memory may rest on a stale copy (a new
   * activation, a save by another instance): the address is forgotten and the frame looked at
   * once more against the store. The device's own drops (unknown, disabled) do not depend on
   * the session.
   */
  private boolean lookAgainInStore(DataUplinkContext ctx, String drop) {
    boolean sessionDecided = switch (drop) {
      case UplinkDrops.UNKNOWN_DEV_ADDR, UplinkDrops.MIC_FAILED, UplinkDrops.UNKNOWN_DATA_RATE,
          UplinkDrops.REGION_MISMATCH, UplinkDrops.FCNT_RETRANSMISSION, UplinkDrops.FCNT_RESET ->
          true;
      default -> false;
    };
    return sessionDecided && sessions.forget(ctx.macPayload.fhdr().devAddr());
  }

  private String findSessionAndValidateMic(DataUplinkContext ctx) {
    List<DeviceSession> candidates = sessions.findByDevAddr(ctx.macPayload.fhdr().devAddr());
    if (candidates.isEmpty()) {
      return UplinkDrops.UNKNOWN_DEV_ADDR;
    }
    Optional<SessionMatch> m =
        matcher.match(ctx.phyBytes, ctx.macPayload.fhdr().fCnt(), ctx.uplink.txInfo(), candidates);
    if (m.isEmpty()) {
      return UplinkDrops.MIC_FAILED;
    }
    ctx.matched(m.get());
    return ctx.uplinkDr == UplinkRadio.UNKNOWN ? UplinkDrops.UNKNOWN_DATA_RATE : null;
  }

  /** Only gateways of the session's region count and answer (ChirpStack v4 does the same). */
  private String filterReceptionsByRegion(DataUplinkContext ctx) {
    Optional<UplinkFrameSet> kept = receptions.servingRegion(ctx.uplink, ctx.session.region());
    if (kept.isEmpty()) {
      return UplinkDrops.REGION_MISMATCH;
    }
    ctx.uplink = kept.get();
    return null;
  }

  /**
   * The device's first uplink under the session a rejoin-request started (its MIC checked with
   * the new keys) makes that session the device's and ends the old one (LoRaWAN 1.1 §6.2.4;
   * ChirpStack v3 does the same with its pending rejoin session). False when the stored session
   * changed meanwhile: the session is looked up again.
   */
  private boolean activatePendingRejoinSession(DataUplinkContext ctx) {
    if (ctx.pendingRejoinOwner == null) {
      return true;
    }
    try {
      ctx.session = sessions.activatePendingRejoin(ctx.pendingRejoinOwner);
      ctx.pendingRejoinOwner = null;
      LOG.log(Level.DEBUG, "rejoin session of {0} activated, DevAddr {1}",
          ctx.session.devEui(), ctx.session.devAddr());
      return true;
    } catch (ConcurrentSessionUpdateException e) {
      LOG.log(Level.DEBUG, "session of {0} changed before its rejoin session was activated",
          ctx.pendingRejoinOwner.devEui());
      return false;
    }
  }

  /** The frame is the device's once its MIC checks, whatever the frame counter says. */
  private void logUplinkFrame(DataUplinkContext ctx) {
    frames.uplink(LoggedUplink.of(ctx.uplink, ctx.phy.mType(), ctx.session.devEui(),
        ctx.macPayload.fhdr().devAddr()));
  }

  private void markDeviceSeen(DataUplinkContext ctx) {
    var best = ctx.uplink.bestRxInfo();
    activity.seen(ctx.session.devEui(),
        new LastUplink(ctx.uplink.receivedAt(), ctx.uplinkDr, best.rssi(), best.snr()));
  }

  /** Read once per uplink: a retry after a concurrent save reads the session only. */
  private String getDeviceAndProfile(DataUplinkContext ctx) {
    if (ctx.device == null) {
      Optional<Device> d = devices.find(ctx.session.devEui());
      if (d.isEmpty()) {
        return UplinkDrops.DEVICE_NOT_FOUND;
      }
      ctx.device = d.get();
      ctx.profile = profiles.find(ctx.device.deviceProfileId()).orElse(null);
    }
    if (ctx.device.disabled()) {
      return UplinkDrops.DEVICE_DISABLED;
    }
    return ctx.profile == null ? UplinkDrops.DEVICE_NOT_FOUND : null;
  }

  private String validateFrameCounter(DataUplinkContext ctx, boolean afterConcurrentSave) {
    boolean skip = ctx.device.skipFCntCheck() || ctx.session.skipFCntCheck();
    long expected = ctx.session.fCntUp();
    Status status = afterConcurrentSave
        ? FrameCounterValidation.validateAfterConcurrentSave(expected, ctx.fullFCnt, skip)
        : FrameCounterValidation.validate(expected, ctx.fullFCnt, skip);
    switch (status) {
      case OK:
        ctx.counterReset = ctx.fullFCnt < expected;
        return null;
      case RETRANSMISSION:
        return UplinkDrops.FCNT_RETRANSMISSION;
      default:
        return UplinkDrops.FCNT_RESET;
    }
  }

  /**
   * The error event of a frame-counter drop (ChirpStack's {@code UPLINK_FCNT...} errors); none
   * for a copy of a frame another copy of which was accepted a moment ago.
   */
  private void reportFrameCounterError(
      DataUplinkContext ctx, String drop, boolean afterConcurrentSave) {
    if (UplinkDrops.FCNT_RETRANSMISSION.equals(drop) && !afterConcurrentSave) {
      events.error(new ErrorEvent(ctx.session.devEui(), "UPLINK_FCNT_RETRANSMISSION",
          "Uplink was flagged as re-transmission / frame-counter did not increment",
          ctx.fullFCnt));
    } else if (UplinkDrops.FCNT_RESET.equals(drop)) {
      events.error(new ErrorEvent(ctx.session.devEui(), "UPLINK_FCNT",
          "Frame-counter reset or rollover detected (expected " + ctx.session.fCntUp()
              + ", got " + ctx.fullFCnt + ")",
          ctx.fullFCnt));
    }
  }

  private void decryptFOptsAndDecodeMacCommands(DataUplinkContext ctx) {
    ctx.uplinkMacCommands =
        UplinkMacCommands.decode(ctx.macPayload, ctx.session, ctx.fullFCnt, keys);
  }

  /**
   * Claims the frame counter and stores what the uplink changed in one versioned update. False
   * when a concurrent save came first: the session is read and the counter validated again, so a
   * second copy of the uplink ends as a retransmission, and after another flow's save the state
   * steps run again on the fresh copy, the MAC events of the lost attempt discarded.
   */
  private boolean saveSession(DataUplinkContext ctx) {
    ctx.session.fCntUp(ctx.fullFCnt + 1);
    try {
      sessions.save(ctx.session);
      return true;
    } catch (ConcurrentSessionUpdateException e) {
      LOG.log(Level.DEBUG, "session of {0} saved concurrently, validating again",
          ctx.session.devEui());
      ctx.macEvents.clear();
      return false;
    }
  }

  private void updateDeviceState(DataUplinkContext ctx) {
    DeviceSession s = ctx.session;
    UplinkHistory history = UplinkHistory.of(s.adrHistory());
    s.adr(ctx.fCtrl.adr());
    if (s.dr() != ctx.uplinkDr || ctx.counterReset) {
      // a device that changed its data rate may also have reset its TX power
      if (s.dr() != ctx.uplinkDr) {
        s.txPowerIndex(0);
      }
      history.clear();
    }
    s.dr(ctx.uplinkDr);
    UplinkSessionState.setDeviceClass(s, ctx.profile, ctx.fCtrl);
    if (ctx.fCtrl.adrAckReq()) {
      UplinkSessionState.resetChannels(s, ctx.region);
    }
    s.ackPending(ctx.confirmed());
    s.lastUplinkGateways(UplinkSessionState.lastUplinkGateways(ctx.uplink, ctx.now));
    history.add(UplinkSessionState.metrics(ctx.uplink, ctx.fullFCnt, s));
    s.adrHistory(history.entries());
  }

  private void handleMacCommands(DataUplinkContext ctx) {
    MacContext m = new MacContext(ctx.session, ctx.profile, ctx.region, ctx.uplink, ctx.uplinkDr,
        settings, ctx.macEvents, ctx.now);
    ctx.macOutcome = ctx.uplinkMacCommands.isEmpty()
        ? MacOutcome.none()
        : mac.handleUplink(m, ctx.uplinkMacCommands);
    ctx.macRequests = mac.requests(m);
  }

  /**
   * A pending confirmed downlink is acknowledged, or not, by this uplink's ACK bit. The queue is
   * read only when the session says a confirmed item went on air (or does not know); the hint is
   * kept while that item is still queued but not yet marked pending (its TX acknowledgement is
   * being handled right now).
   */
  private void handleUplinkAck(DataUplinkContext ctx) {
    DeviceSession s = ctx.session;
    UUID awaited = s.awaitedAckQueueItem();
    ctx.pendingItem = null;
    if (awaited == null) {
      return;
    }
    List<DeviceQueueItem> items = queue.list(s.devEui());
    ctx.pendingItem = items.stream().filter(DeviceQueueItem::pending).findFirst().orElse(null);
    boolean notMarkedYet = ctx.pendingItem == null
        && items.stream().anyMatch(i -> i.id().equals(awaited));
    if (!notMarkedYet) {
      s.awaitedAckQueueItem(null);
    }
    if (ctx.pendingItem != null && s.macVersion().isLorawan11()) {
      s.confFCnt(-1);
    }
  }

  private void sendApplicationEvents(DataUplinkContext ctx) {
    DeviceSession s = ctx.session;
    ctx.macEvents.flushTo(events);
    if (ctx.pendingItem != null && queue.delete(ctx.pendingItem.id())) {
      events.acked(new AckEvent(s.devEui(), ctx.pendingItem.id(), ctx.fCtrl.ack(),
          ctx.pendingItem.fCntDown()));
    }
    if (ctx.macPayload.fPort() > 0) {
      events.uplinkReceived(new DataUplinkEvent(ctx.uplink.deduplicationId(), s.devEui(),
          s.devAddr(), ctx.fullFCnt, ctx.macPayload.fPort(), ctx.macPayload.frmPayload(),
          s.appSKey(), ctx.confirmed(), ctx.fCtrl.adr(), ctx.uplinkDr, ctx.uplink.txInfo(),
          ctx.uplink.rxInfo(), ctx.uplink.receivedAt()));
    }
  }

  private void respond(DataUplinkContext ctx) {
    List<MacCommand> commands =
        new ArrayList<>(ctx.macOutcome.answers().size() + ctx.macRequests.size());
    commands.addAll(ctx.macOutcome.answers());
    commands.addAll(ctx.macRequests);
    boolean mustSend = ctx.confirmed() || ctx.fCtrl.adrAckReq() || ctx.macOutcome.mustRespond()
        || !ctx.macRequests.isEmpty();
    ClassAResponse response = new ClassAResponse(ctx.session, ctx.profile, ctx.uplink,
        ctx.uplinkDr, ctx.confirmed(), commands, mustSend);
    scheduler.schedule(settings.getDownlinkDataDelay(), () -> downlinks.respond(response));
  }

  private DataUplinkOutcome dropped(DataUplinkContext ctx, String reason) {
    drops.count(reason);
    LOG.log(Level.DEBUG, "data uplink {0} dropped: {1}", ctx.uplink.deduplicationId(), reason);
    return DataUplinkOutcome.dropped(reason, ctx.fullFCnt);
  }
}
