package io.longwave.uplink.join;

import io.longwave.application.event.ApplicationEvents;
import io.longwave.application.event.ErrorEvent;
import io.longwave.application.event.JoinEvent;
import io.longwave.connector.api.GatewayUnavailableException;
import io.longwave.domain.device.DevNonceRepository;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceProfileRepository;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.downlink.RadioModulations;
import io.longwave.downlink.join.JoinAcceptFlow;
import io.longwave.downlink.join.JoinAcceptRequest;
import io.longwave.lorawan.DlSettings;
import io.longwave.lorawan.JoinAcceptPayload;
import io.longwave.lorawan.JoinNonce;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.RejoinRequestPayload;
import io.longwave.lorawan.region.RegionId;
import io.longwave.network.NetworkRegionSettings;
import io.longwave.network.NetworkSettings;
import io.longwave.session.ConcurrentSessionUpdateException;
import io.longwave.session.DeviceSession;
import io.longwave.session.DeviceSessionRepository;
import io.longwave.uplink.UplinkFrameSet;
import io.longwave.uplink.data.RejoinRequests;
import io.longwave.uplink.data.UplinkDrops;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Handles a LoRaWAN 1.1 rejoin-request (LoRaWAN 1.1 §6.2.4; ChirpStack v3 {@code
 * internal/uplink/rejoin}). Steps, in order: {@code getDevice}, {@code getDeviceProfile} (only
 * LoRaWAN 1.1 devices rejoin: others are counted as {@link UplinkDrops#REJOIN_NOT_SUPPORTED}),
 * then for types 0 and 2 {@code getDeviceSession}, {@code checkNetId}, {@code validateMic} (the
 * session's SNwkSIntKey) and {@code validateRjCount0}, for type 1 {@code checkJoinEui}, {@code
 * validateMic} (the JSIntKey of the NwkKey) and {@code validateRjCount1}; then {@code
 * getUplinkDataRate}, {@code setJoinNonce}, {@code allocateDevAddr}, {@code deriveSessionKeys},
 * {@code saveDevice}, {@code saveDeviceSession}, {@code flushDeviceQueue}, {@code sendJoinAccept}
 * (JoinReqType and RJcount in its MIC, encrypted with the JSEncKey) and {@code sendJoinEvent}.
 *
 * <p>Types 0 and 1 start a session as a join does: a new DevAddr and the network's radio
 * settings. Type 2 keeps the DevAddr and the radio settings and only renews the keys and frame
 * counters. The session keys use the RJcount where a join uses the DevNonce. RJcount0 must reach
 * the session's next value (a new session starts at 0, as the device does); RJcount1 the
 * session's next value, which every new session carries over, and it is also recorded in the
 * DevNonce store under its rejoin type, so that it is never accepted twice even without a session.
 *
 * <p>The new session is kept pending next to the one in use until the device's first uplink
 * under it ({@code DataUplinkFlow} then activates it); the join-accept is sent once it is saved.
 *
 * <p>Threading: thread-safe when its ports are.
 */
public final class RejoinRequestFlow implements RejoinRequests {

  private static final Logger LOG = System.getLogger(RejoinRequestFlow.class.getName());
  private static final int SAVE_ATTEMPTS = 5;

  private final DeviceRepository devices;
  private final DeviceProfileRepository profiles;
  private final DevNonceRepository devNonces;
  private final DeviceSessionRepository sessions;
  private final DeviceQueueRepository queue;
  private final JoinAcceptFlow joinAccepts;
  private final ApplicationEvents events;
  private final NetworkSettings settings;
  private final Function<RegionId, NetworkRegionSettings> regionSettings;
  private final DevAddrAllocator devAddrs;
  private final UplinkDrops drops;
  private final Clock clock;
  private final RejoinRequestChecks checks;

  /**
   * A flow with its ports.
   *
   * @param regionSettings the network's settings for a region (never null for a used region)
   * @param devAddrs allocates addresses; its NetID is the Home_NetID sent and checked
   * @param drops counts the rejoin-requests of devices that are not LoRaWAN 1.1
   */
  public RejoinRequestFlow(
      DeviceRepository devices,
      DeviceProfileRepository profiles,
      DevNonceRepository devNonces,
      DeviceSessionRepository sessions,
      DeviceQueueRepository queue,
      JoinAcceptFlow joinAccepts,
      ApplicationEvents events,
      NetworkSettings settings,
      Function<RegionId, NetworkRegionSettings> regionSettings,
      DevAddrAllocator devAddrs,
      UplinkDrops drops,
      Clock clock) {
    this.devices = Objects.requireNonNull(devices, "devices");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.devNonces = Objects.requireNonNull(devNonces, "devNonces");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.queue = Objects.requireNonNull(queue, "queue");
    this.joinAccepts = Objects.requireNonNull(joinAccepts, "joinAccepts");
    this.events = Objects.requireNonNull(events, "events");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.regionSettings = Objects.requireNonNull(regionSettings, "regionSettings");
    this.devAddrs = Objects.requireNonNull(devAddrs, "devAddrs");
    this.drops = Objects.requireNonNull(drops, "drops");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.checks =
        new RejoinRequestChecks(devices, profiles, devNonces, sessions, regionSettings,
            devAddrs.netId());
  }

  @Override
  public void handle(UplinkFrameSet uplink, PhyPayload phyPayload) {
    rejoin(uplink, phyPayload);
  }

  /**
   * Handles one rejoin-request.
   *
   * @param set the uplink, with its receptions
   * @param phy its decoded PHYPayload, of MType RejoinRequest
   * @return the new session and the join-accept sent, or the reason there is none
   * @throws IllegalArgumentException when the PHYPayload is no rejoin-request
   */
  public JoinOutcome rejoin(UplinkFrameSet set, PhyPayload phy) {
    if (!(phy.payload() instanceof RejoinRequestPayload request)) {
      throw new IllegalArgumentException("not a rejoin-request: " + phy.mType());
    }
    RejoinRequestContext ctx = new RejoinRequestContext(set, request);
    try {
      checks.run(ctx);
      getUplinkDataRate(ctx);
      setJoinNonce(ctx);
      allocateDevAddr(ctx);
      deriveSessionKeys(ctx);
      saveDevice(ctx);
      saveDeviceSession(ctx);
      flushDeviceQueue(ctx);
      sendJoinAccept(ctx);
      sendJoinEvent(ctx);
      return new JoinOutcome.Accepted(ctx.session, ctx.sent);
    } catch (JoinRejectedException e) {
      return reject(ctx, e);
    }
  }

  private void getUplinkDataRate(RejoinRequestContext ctx) throws JoinRejectedException {
    try {
      ctx.uplinkDr = RadioModulations.uplinkDr(ctx.region, ctx.set.txInfo().modulation());
    } catch (LorawanFormatException e) {
      throw new JoinRejectedException(JoinRejection.UNKNOWN_DATA_RATE, e.getMessage());
    }
  }

  private void setJoinNonce(RejoinRequestContext ctx) {
    ctx.joinNonce = (ctx.device.joinNonce() + 1) & 0xffffff;
  }

  /** Type 2 keeps the address (LoRaWAN 1.1 §6.2.4.4); types 0 and 1 get a new one. */
  private void allocateDevAddr(RejoinRequestContext ctx) {
    ctx.devAddr = ctx.type2() ? ctx.current.devAddr() : devAddrs.allocate();
  }

  private void deriveSessionKeys(RejoinRequestContext ctx) {
    ctx.keys =
        JoinSessions.deriveKeys(
            ctx.profile.macVersion(), ctx.device.keys(), ctx.joinNonce, devAddrs.netId(),
            ctx.joinEui, ctx.rjCount);
  }

  private void saveDevice(RejoinRequestContext ctx) {
    Device d = ctx.device.withJoinNonce(ctx.joinNonce);
    if (d.joinEui() == null) {
      d = d.withJoinEui(ctx.joinEui);
    }
    devices.save(d);
    ctx.device = d;
  }

  private DeviceSession newSession(RejoinRequestContext ctx) {
    if (ctx.type2()) {
      return RejoinSessions.rekeyed(ctx.current, ctx.keys, ctx.set.receivedAt());
    }
    int carried = ctx.current == null ? 0 : ctx.current.nextRjCount1();
    return JoinSessions.newSession(
            ctx.request.devEui(), ctx.devAddr, ctx.profile, ctx.region, ctx.network, ctx.keys,
            ctx.uplinkDr, ctx.device.skipFCntCheck(), ctx.set.receivedAt())
        .nextRjCount1(ctx.type1() ? Math.max(carried, ctx.rjCount + 1) : carried);
  }

  /**
   * With a session in use, the new session waits in it as its pending rejoin session until the
   * device's first uplink under it, and the session in use stays valid meanwhile (LoRaWAN 1.1
   * §6.2.4: the device switches to the new context with the join-accept, and may not receive it;
   * ChirpStack v3 keeps a {@code PendingRejoinDeviceSession} likewise). A later rejoin replaces
   * the pending session. The session in use moves its next RJcount past this request, so that a
   * copy of it is not accepted again. Without a session (type 1) the new one is the device's at
   * once. The save is versioned; after a concurrent change the RJcount is checked again.
   */
  private void saveDeviceSession(RejoinRequestContext ctx) throws JoinRejectedException {
    for (int attempt = 1; ctx.current != null; attempt++) {
      DeviceSession current = ctx.current;
      if (ctx.type2()) {
        ctx.devAddr = current.devAddr();
      }
      DeviceSession pending = newSession(ctx);
      if (ctx.type1()) {
        current.nextRjCount1(Math.max(current.nextRjCount1(), ctx.rjCount + 1));
      } else {
        current.nextRjCount0(Math.max(current.nextRjCount0(), ctx.rjCount + 1));
      }
      current.pendingRejoin(pending);
      try {
        sessions.save(current);
        ctx.session = pending;
        return;
      } catch (ConcurrentSessionUpdateException e) {
        if (attempt == SAVE_ATTEMPTS) {
          throw new JoinRejectedException(JoinRejection.CONCURRENT_SESSION_UPDATE,
              "the session of " + ctx.request.devEui() + " kept changing");
        }
        ctx.current = sessions.find(ctx.request.devEui()).orElse(null);
        checkRjCountAgain(ctx);
      }
    }
    ctx.session = JoinSteps.replaceSession(sessions, ctx.request.devEui(), () -> newSession(ctx));
  }

  /** Another copy of this request may have been accepted meanwhile. */
  private static void checkRjCountAgain(RejoinRequestContext ctx) throws JoinRejectedException {
    if (ctx.current == null) {
      if (!ctx.type1()) {
        throw new JoinRejectedException(JoinRejection.NO_SESSION,
            "the session of " + ctx.request.devEui() + " ended during the rejoin");
      }
      return;
    }
    int next = ctx.type1() ? ctx.current.nextRjCount1() : ctx.current.nextRjCount0();
    if (ctx.rjCount < next) {
      throw new JoinRejectedException(JoinRejection.RJ_COUNT_NOT_INCREASING,
          "RJcount " + ctx.rjCount + " was accepted meanwhile (next expected " + next + ")");
    }
  }

  private void flushDeviceQueue(RejoinRequestContext ctx) {
    JoinSteps.flushQueue(queue, settings, ctx.profile, ctx.request.devEui());
  }

  /** Type 2 repeats the receive-window settings in use and sends no CFList. */
  private void sendJoinAccept(RejoinRequestContext ctx) throws JoinRejectedException {
    DeviceSession s = ctx.session;
    JoinAcceptPayload payload =
        new JoinAcceptPayload(
            new JoinNonce(ctx.joinNonce),
            devAddrs.netId(),
            ctx.devAddr,
            new DlSettings(true, s.rx1DrOffset(), s.rx2Dr()),
            ctx.type2() ? s.rx1Delay() : ctx.network.rx1Delay(),
            ctx.type2()
                ? Optional.empty()
                : CfLists.forJoinAccept(ctx.region, ctx.network, ctx.profile.macVersion()));
    JoinAcceptRequest r =
        new JoinAcceptRequest(
            ctx.request.devEui(), ctx.profile.macVersion(), ctx.device.keys(), ctx.joinEui,
            ctx.rjCount, ctx.joinReqType, payload, ctx.region, ctx.set, ctx.uplinkDr);
    try {
      ctx.sent = joinAccepts.handle(r);
    } catch (GatewayUnavailableException e) {
      throw new JoinRejectedException(JoinRejection.DOWNLINK_GATEWAY_UNAVAILABLE, e.getMessage());
    }
  }

  private void sendJoinEvent(RejoinRequestContext ctx) {
    events.joined(
        new JoinEvent(
            ctx.set.deduplicationId(), ctx.request.devEui(), ctx.devAddr, ctx.set.rxInfo(),
            clock.instant()));
  }

  private JoinOutcome reject(RejoinRequestContext ctx, JoinRejectedException e) {
    JoinRejection reason = e.reason();
    if (reason == JoinRejection.REJOIN_NOT_SUPPORTED) {
      drops.count(UplinkDrops.REJOIN_NOT_SUPPORTED);
      LOG.log(Level.DEBUG, () -> "rejoin-request of " + ctx.request.devEui() + " ignored: "
          + e.getMessage());
      return new JoinOutcome.Rejected(reason, e.getMessage());
    }
    LOG.log(Level.INFO, () -> "rejoin-request of " + ctx.request.devEui() + " rejected: "
        + reason + " (" + e.getMessage() + ")");
    if (ctx.device != null) {
      events.error(new ErrorEvent(ctx.request.devEui(), reason.errorType(), e.getMessage(), -1));
    }
    return new JoinOutcome.Rejected(reason, e.getMessage());
  }
}
