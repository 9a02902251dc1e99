package io.longwave.uplink.join;

import io.longwave.domain.device.DevNonceRepository;
import io.longwave.domain.device.DeviceProfileRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.NetId;
import io.longwave.lorawan.RejoinRequestPayload;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.JoinMic;
import io.longwave.lorawan.crypto.KeyDerivation;
import io.longwave.lorawan.region.RegionId;
import io.longwave.lorawan.region.Regions;
import io.longwave.network.NetworkRegionSettings;
import io.longwave.session.DeviceSessionRepository;
import java.util.function.Function;

/**
 * The checks of a rejoin-request before anything is changed (LoRaWAN 1.1 §6.2.4): {@code
 * getDevice}, {@code getDeviceProfile}, then for types 0 and 2 {@code getDeviceSession}, {@code
 * checkNetId}, {@code validateMic} with the session's SNwkSIntKey and {@code validateRjCount0};
 * for type 1 {@code checkJoinEui}, {@code validateMic} with the JSIntKey and {@code
 * validateRjCount1}. Thread-safe when its ports are.
 */
final class RejoinRequestChecks {

  private static final int REJOIN_TYPE_1 = 1;

  private final DeviceRepository devices;
  private final DeviceProfileRepository profiles;
  private final DevNonceRepository devNonces;
  private final DeviceSessionRepository sessions;
  private final Function<RegionId, NetworkRegionSettings> regionSettings;
  private final NetId netId;

  RejoinRequestChecks(
      DeviceRepository devices,
      DeviceProfileRepository profiles,
      DevNonceRepository devNonces,
      DeviceSessionRepository sessions,
      Function<RegionId, NetworkRegionSettings> regionSettings,
      NetId netId) {
    this.devices = devices;
    this.profiles = profiles;
    this.devNonces = devNonces;
    this.sessions = sessions;
    this.regionSettings = regionSettings;
    this.netId = netId;
  }

  /** Runs the checks, filling in the device, profile, region, session and JoinEUI. */
  void run(RejoinRequestContext ctx) throws JoinRejectedException {
    getDevice(ctx);
    getDeviceProfile(ctx);
    if (ctx.type1()) {
      checkJoinEui(ctx);
      ctx.current = sessions.find(ctx.request.devEui()).orElse(null);
      validateMic(ctx, KeyDerivation.jsIntKey(ctx.device.keys().nwkKey(), ctx.request.devEui()));
      validateRjCount1(ctx);
    } else {
      getDeviceSession(ctx);
      checkNetId((RejoinRequestPayload.Type02) ctx.request);
      validateMic(ctx, ctx.current.sNwkSIntKey());
      validateRjCount0(ctx);
    }
  }

  private void getDevice(RejoinRequestContext ctx) throws JoinRejectedException {
    ctx.device = JoinSteps.device(devices, ctx.request.devEui());
  }

  private void getDeviceProfile(RejoinRequestContext ctx) throws JoinRejectedException {
    ctx.profile = JoinSteps.profile(profiles, ctx.device);
    if (!ctx.profile.macVersion().isLorawan11()) {
      throw new JoinRejectedException(
          JoinRejection.REJOIN_NOT_SUPPORTED,
          "a LoRaWAN " + ctx.profile.macVersion().text() + " device cannot rejoin");
    }
    if (!ctx.profile.supportsOtaa() || ctx.device.keys() == null
        || ctx.device.keys().appKey() == null) {
      throw new JoinRejectedException(
          JoinRejection.OTAA_NOT_SUPPORTED,
          ctx.profile.supportsOtaa() ? "the device has no NwkKey and AppKey"
              : "the profile is ABP only");
    }
    ctx.region = Regions.get(ctx.profile.region());
    ctx.network = regionSettings.apply(ctx.profile.region());
  }

  private void checkJoinEui(RejoinRequestContext ctx) throws JoinRejectedException {
    var requested = ((RejoinRequestPayload.Type1) ctx.request).joinEui();
    if (ctx.device.joinEui() != null && !ctx.device.joinEui().equals(requested)) {
      throw new JoinRejectedException(
          JoinRejection.JOIN_EUI_MISMATCH,
          "JoinEUI " + requested + " is not the device's " + ctx.device.joinEui());
    }
    ctx.joinEui = requested;
  }

  private void getDeviceSession(RejoinRequestContext ctx) throws JoinRejectedException {
    ctx.current = sessions.find(ctx.request.devEui()).orElse(null);
    if (ctx.current == null) {
      throw new JoinRejectedException(
          JoinRejection.NO_SESSION, "a rejoin-request of type " + ctx.request.rejoinType()
              + " needs a session, the device has none");
    }
    ctx.joinEui = ctx.device.joinEui();
    if (ctx.joinEui == null) {
      throw new JoinRejectedException(
          JoinRejection.OTAA_NOT_SUPPORTED, "the device has no JoinEUI on record");
    }
  }

  private void checkNetId(RejoinRequestPayload.Type02 request) throws JoinRejectedException {
    if (!request.netId().equals(netId)) {
      throw new JoinRejectedException(
          JoinRejection.NET_ID_MISMATCH,
          "NetID " + request.netId() + " is not the network's " + netId);
    }
  }

  private void validateMic(RejoinRequestContext ctx, Aes128Key key) throws JoinRejectedException {
    byte[] phy = ctx.set.phyPayload();
    boolean valid;
    try {
      valid = JoinMic.checkRejoinRequest(AesKeyContext.of(key), phy, 0, phy.length);
    } catch (LorawanFormatException e) {
      valid = false;
    }
    if (!valid) {
      throw new JoinRejectedException(JoinRejection.INVALID_MIC, "invalid MIC");
    }
  }

  private void validateRjCount0(RejoinRequestContext ctx) throws JoinRejectedException {
    if (ctx.rjCount < ctx.current.nextRjCount0()) {
      throw new JoinRejectedException(
          JoinRejection.RJ_COUNT_NOT_INCREASING,
          "RJcount0 " + ctx.rjCount + " is below the next expected, " + ctx.current.nextRjCount0());
    }
  }

  /** Recorded only once the MIC checks, so that a forged request cannot burn counter values. */
  private void validateRjCount1(RejoinRequestContext ctx) throws JoinRejectedException {
    int next = ctx.current == null ? 0 : ctx.current.nextRjCount1();
    if (ctx.rjCount < next
        || !devNonces.use(ctx.request.devEui(), ctx.joinEui, ctx.rjCount, REJOIN_TYPE_1)) {
      throw new JoinRejectedException(
          JoinRejection.RJ_COUNT_NOT_INCREASING,
          "RJcount1 " + ctx.rjCount + " has been used before (next expected " + next + ")");
    }
  }
}
