package io.longwave.uplink.join;

import io.longwave.application.event.ApplicationEvents;
import io.longwave.application.event.ErrorEvent;
import io.longwave.application.event.JoinEvent;
import io.longwave.connector.api.GatewayUnavailableException;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceProfileRepository;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.domain.device.DevNonceRepository;
import io.longwave.downlink.AnswerDeadline;
import io.longwave.downlink.RadioModulations;
import io.longwave.downlink.join.JoinAcceptFlow;
import io.longwave.downlink.join.JoinAcceptRequest;
import io.longwave.framelog.FrameLog;
import io.longwave.framelog.LoggedUplink;
import io.longwave.lorawan.DlSettings;
import io.longwave.lorawan.JoinAcceptPayload;
import io.longwave.lorawan.JoinNonce;
import io.longwave.lorawan.JoinRequestPayload;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.JoinMic;
import io.longwave.lorawan.crypto.JoinRequestType;
import io.longwave.lorawan.region.RegionId;
import io.longwave.lorawan.region.Regions;
import io.longwave.network.NetworkRegionSettings;
import io.longwave.network.NetworkSettings;
import io.longwave.session.DeviceSession;
import io.longwave.session.DeviceSessionRepository;
import io.longwave.uplink.ReceptionRegions;
import io.longwave.uplink.UplinkFrameSet;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;

/**
 * Handles a join-request (LoRaWAN 1.0.4 §6.2, LoRaWAN 1.1 §6.2; ChirpStack {@code
 * uplink/join.rs}). Steps, in order: {@code getDevice}, {@code logUplinkFrame} (also when the
 * device is unknown), {@code getDeviceProfile}, {@code checkStillAnswerable}, {@code checkJoinEui}, {@code getUplinkDataRate},
 * {@code validateMic}, {@code validateDevNonce}, {@code setJoinNonce}, {@code allocateDevAddr},
 * {@code deriveSessionKeys}, {@code saveDevice}, {@code saveDeviceSession}, {@code
 * flushDeviceQueue}, {@code sendJoinAccept}, {@code sendJoinEvent}.
 *
 * <p>A DevNonce is recorded only once the MIC checks, so a forged request cannot burn nonces. The
 * device's JoinNonce and the new session are saved before the join-accept goes out, as in
 * ChirpStack: a device that misses the join-accept simply joins again.
 *
 * <p>Threading: thread-safe when its ports are; concurrent requests of one device are serialised by
 * the DevNonce repository (one wins a nonce) and the session repository's version check.
 */
public final class JoinRequestFlow {

  private static final Logger LOG = System.getLogger(JoinRequestFlow.class.getName());

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
  private final FrameLog frames;
  private final ReceptionRegions receptions;
  private final Clock clock;

  /**
   * A flow with its ports.
   *
   * @param regionSettings the network's settings for a region (never null for a used region)
   * @param devAddrs allocates addresses; its NetID is the Home_NetID sent
   * @param frames where the join-request is logged
   * @param receptions keeps the receptions of gateways serving the device's region
   */
  public JoinRequestFlow(
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
      FrameLog frames,
      ReceptionRegions receptions,
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
    this.frames = Objects.requireNonNull(frames, "frames");
    this.receptions = Objects.requireNonNull(receptions, "receptions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Handles one join-request.
   *
   * @param set the uplink, with its receptions
   * @param request its decoded payload
   * @return the new session and the join-accept sent, or the reason there is none
   */
  public JoinOutcome handle(UplinkFrameSet set, JoinRequestPayload request) {
    JoinRequestContext ctx = new JoinRequestContext(set, request);
    try {
      try {
        getDevice(ctx);
      } finally {
        logUplinkFrame(ctx);
      }
      getDeviceProfile(ctx);
      checkStillAnswerable(ctx);
      filterReceptionsByRegion(ctx);
      checkJoinEui(ctx);
      getUplinkDataRate(ctx);
      validateMic(ctx);
      validateDevNonce(ctx);
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

  private void getDevice(JoinRequestContext ctx) throws JoinRejectedException {
    ctx.device = JoinSteps.device(devices, ctx.request.devEui());
  }

  /**
   * Logged for the device once it is known (ChirpStack logs it after finding the device), for the
   * gateways only when the DevEUI is unknown, so unknown DevEUIs cannot fill the device log.
   */
  private void logUplinkFrame(JoinRequestContext ctx) {
    frames.uplink(LoggedUplink.of(ctx.set, MType.JOIN_REQUEST,
        ctx.device == null ? null : ctx.request.devEui(), null));
  }

  private void getDeviceProfile(JoinRequestContext ctx) throws JoinRejectedException {
    ctx.profile = JoinSteps.profile(profiles, ctx.device);
    if (!ctx.profile.supportsOtaa() || ctx.device.keys() == null) {
      throw new JoinRejectedException(
          JoinRejection.OTAA_NOT_SUPPORTED,
          ctx.profile.supportsOtaa() ? "the device has no root keys" : "the profile is ABP only");
    }
    if (ctx.profile.macVersion().isLorawan11() && ctx.device.keys().appKey() == null) {
      throw new JoinRejectedException(
          JoinRejection.OTAA_NOT_SUPPORTED, "a LoRaWAN 1.1 device needs an AppKey");
    }
    ctx.region = Regions.get(ctx.profile.region());
    ctx.network = regionSettings.apply(ctx.profile.region());
  }

  /**
   * A request whose join-accept could no longer reach RX2 is dropped before any work (the
   * DevNonce stays unused), so that a join storm does not spend the server on answers nobody
   * receives.
   */
  private void checkStillAnswerable(JoinRequestContext ctx) throws JoinRejectedException {
    if (AnswerDeadline.passed(ctx.set.receivedAt(), ctx.region.joinAcceptDelay2(), clock)) {
      throw new JoinRejectedException(JoinRejection.TOO_LATE, "received at "
          + ctx.set.receivedAt() + ", too late for RX2");
    }
  }

  /** Only gateways of the profile's region answer the device (ChirpStack v4 does the same). */
  private void filterReceptionsByRegion(JoinRequestContext ctx) throws JoinRejectedException {
    ctx.set = receptions.servingRegion(ctx.set, ctx.profile.region())
        .orElseThrow(() -> new JoinRejectedException(JoinRejection.REGION_MISMATCH,
            "no gateway that heard the request serves " + ctx.profile.region()));
  }

  /** A device with no JoinEUI on record accepts any, as ChirpStack does. */
  private void checkJoinEui(JoinRequestContext ctx) throws JoinRejectedException {
    if (ctx.device.joinEui() != null && !ctx.device.joinEui().equals(ctx.request.joinEui())) {
      throw new JoinRejectedException(
          JoinRejection.JOIN_EUI_MISMATCH,
          "JoinEUI " + ctx.request.joinEui() + " is not the device's " + ctx.device.joinEui());
    }
  }

  private void getUplinkDataRate(JoinRequestContext ctx) throws JoinRejectedException {
    try {
      ctx.uplinkDr = RadioModulations.uplinkDr(ctx.region, ctx.set.txInfo().modulation());
    } catch (LorawanFormatException e) {
      throw new JoinRejectedException(JoinRejection.UNKNOWN_DATA_RATE, e.getMessage());
    }
  }

  /** With the NwkKey: the AppKey of a 1.0.x device (LoRaWAN 1.0.4 §6.2.4, 1.1 §6.2.2). */
  private void validateMic(JoinRequestContext ctx) throws JoinRejectedException {
    byte[] phy = ctx.set.phyPayload();
    boolean valid;
    try {
      valid =
          JoinMic.checkJoinRequest(
              AesKeyContext.of(ctx.device.keys().nwkKey()), phy, 0, phy.length);
    } catch (LorawanFormatException e) {
      valid = false;
    }
    if (!valid) {
      throw new JoinRejectedException(JoinRejection.INVALID_MIC, "invalid MIC");
    }
  }

  /** 1.0.x: never reused; 1.1: greater than every nonce used before (LoRaWAN 1.1 §6.2.5). */
  private void validateDevNonce(JoinRequestContext ctx) throws JoinRejectedException {
    int nonce = ctx.request.devNonce().value();
    var devEui = ctx.request.devEui();
    var joinEui = ctx.request.joinEui();
    if (ctx.profile.macVersion().isLorawan11()) {
      int highest = devNonces.highest(devEui, joinEui);
      if (nonce <= highest) {
        throw new JoinRejectedException(
            JoinRejection.DEV_NONCE_NOT_INCREASING,
            "DevNonce " + nonce + " is not greater than the last one used, " + highest);
      }
    }
    if (!devNonces.use(devEui, joinEui, nonce, JoinRequestType.JOIN_REQUEST.value())) {
      throw new JoinRejectedException(
          JoinRejection.DEV_NONCE_REUSED, "DevNonce " + nonce + " has already been used");
    }
  }

  private void setJoinNonce(JoinRequestContext ctx) {
    ctx.joinNonce = (ctx.device.joinNonce() + 1) & 0xffffff;
  }

  private void allocateDevAddr(JoinRequestContext ctx) {
    ctx.devAddr = devAddrs.allocate();
  }

  private void deriveSessionKeys(JoinRequestContext ctx) {
    ctx.keys =
        JoinSessions.deriveKeys(
            ctx.profile.macVersion(), ctx.device.keys(), ctx.joinNonce, devAddrs.netId(),
            ctx.request.joinEui(), ctx.request.devNonce().value());
  }

  private void saveDevice(JoinRequestContext ctx) {
    Device d = ctx.device.withJoinNonce(ctx.joinNonce);
    if (d.joinEui() == null) {
      d = d.withJoinEui(ctx.request.joinEui());
    }
    devices.save(d);
    ctx.device = d;
  }

  /**
   * Replaces any previous session: the old one is deleted and the new one created, so that a flow
   * still holding the old session fails its save (its version and keys no longer match) instead
   * of overwriting the new one. A LoRaWAN 1.1 device's next RJcount1 is carried over.
   */
  private void saveDeviceSession(JoinRequestContext ctx) throws JoinRejectedException {
    ctx.session =
        JoinSteps.replaceSession(
            sessions,
            ctx.request.devEui(),
            () -> {
              DeviceSession s =
                  JoinSessions.newSession(
                      ctx.request.devEui(), ctx.devAddr, ctx.profile, ctx.region, ctx.network,
                      ctx.keys, ctx.uplinkDr, ctx.device.skipFCntCheck(), ctx.set.receivedAt());
              if (ctx.profile.macVersion().isLorawan11()) {
                // RJcount1 never restarts for a JoinEUI (LoRaWAN 1.1 §6.2.4.3).
                s.nextRjCount1(
                    sessions.find(ctx.request.devEui()).map(DeviceSession::nextRjCount1).orElse(0));
              }
              return s;
            });
  }

  private void flushDeviceQueue(JoinRequestContext ctx) {
    JoinSteps.flushQueue(queue, settings, ctx.profile, ctx.request.devEui());
  }

  private void sendJoinAccept(JoinRequestContext ctx) throws JoinRejectedException {
    DeviceSession s = ctx.session;
    boolean optNeg = ctx.profile.macVersion().isLorawan11();
    JoinAcceptPayload payload =
        new JoinAcceptPayload(
            new JoinNonce(ctx.joinNonce),
            devAddrs.netId(),
            ctx.devAddr,
            new DlSettings(optNeg, s.rx1DrOffset(), s.rx2Dr()),
            ctx.network.rx1Delay(),
            CfLists.forJoinAccept(ctx.region, ctx.network, ctx.profile.macVersion()));
    JoinAcceptRequest r =
        new JoinAcceptRequest(
            ctx.request.devEui(), ctx.profile.macVersion(), ctx.device.keys(),
            ctx.request.joinEui(), ctx.request.devNonce().value(), JoinRequestType.JOIN_REQUEST,
            payload, ctx.region, ctx.set, ctx.uplinkDr);
    try {
      ctx.sent = joinAccepts.handle(r);
    } catch (GatewayUnavailableException e) {
      throw new JoinRejectedException(JoinRejection.DOWNLINK_GATEWAY_UNAVAILABLE, e.getMessage());
    }
  }

  private void sendJoinEvent(JoinRequestContext ctx) {
    events.joined(
        new JoinEvent(
            ctx.set.deduplicationId(), ctx.request.devEui(), ctx.devAddr, ctx.set.rxInfo(),
            clock.instant()));
  }

  private JoinOutcome reject(JoinRequestContext ctx, JoinRejectedException e) {
    JoinRejection reason = e.reason();
    LOG.log(Level.INFO, () -> "join-request of " + ctx.request.devEui() + " rejected: "
        + reason + " (" + e.getMessage() + ")");
    if (ctx.device != null && reason != JoinRejection.TOO_LATE) {
      events.error(new ErrorEvent(ctx.request.devEui(), reason.errorType(), e.getMessage(), -1));
    }
    return new JoinOutcome.Rejected(reason, e.getMessage());
  }
}
