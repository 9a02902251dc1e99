package io.longwave.uplink.join;

import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.device.DeviceKeys;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.NetId;
import io.longwave.lorawan.crypto.KeyDerivation;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.lorawan.region.Region;
import io.longwave.network.NetworkRegionSettings;
import io.longwave.session.DeviceSession;
import java.time.Instant;
import java.util.List;

/**
 * The session a join starts: its keys (LoRaWAN 1.0.4 §6.2.5; LoRaWAN 1.1 §6.2.3 with OptNeg) and
 * its initial radio state, as ChirpStack's {@code set_device_session} makes it. Stateless.
 */
public final class JoinSessions {

  private JoinSessions() {}

  /**
   * The session keys of a join.
   *
   * @param keys the root keys: for 1.0.x the AppKey in the NwkKey field
   * @throws IllegalArgumentException when a 1.1 device has no AppKey
   */
  public static SessionKeys deriveKeys(
      MacVersion version, DeviceKeys keys, int joinNonce, NetId netId, Eui64 joinEui,
      int devNonce) {
    if (!version.isLorawan11()) {
      return KeyDerivation.lorawan10(keys.nwkKey(), joinNonce, netId, devNonce);
    }
    if (keys.appKey() == null) {
      throw new IllegalArgumentException("a LoRaWAN 1.1 device needs an AppKey");
    }
    return KeyDerivation.lorawan11(keys.nwkKey(), keys.appKey(), joinNonce, joinEui, devNonce);
  }

  /**
   * A new session with what the join-accept told the device: RX1 delay, RX1 DR offset, RX2 data
   * rate and frequency from the network's settings; the region's default channels plus the
   * CFList ones (or the fixed plan's enabled channels); the join-request's data rate, TX power
   * index 0, NbTrans 1, every frame counter at 0; Class C when the profile supports it, else A.
   */
  public static DeviceSession newSession(
      Eui64 devEui,
      DevAddr devAddr,
      DeviceProfile profile,
      Region region,
      NetworkRegionSettings network,
      SessionKeys keys,
      int uplinkDr,
      boolean skipFCntCheck,
      Instant activatedAt) {
    DeviceSession s =
        new DeviceSession(devEui, devAddr, profile.macVersion(), region.id(), keys, activatedAt);
    s.rx1Delay(network.rx1Delay() == 0 ? 1 : network.rx1Delay())
        .rx1DrOffset(network.rx1DrOffset())
        .rx2Dr(network.rx2Dr(region))
        .rx2FrequencyHz(network.rx2FrequencyHz(region))
        .enabledUplinkChannels(network.uplinkChannelsAfterJoin(region))
        .extraUplinkChannels(region.fixedChannelPlan() ? List.of()
            : network.extraUplinkChannels())
        .dr(uplinkDr)
        .txPowerIndex(0)
        .nbTrans(1)
        .fCntUp(0)
        .nFCntDown(0)
        .aFCntDown(0)
        .skipFCntCheck(skipFCntCheck)
        .deviceClass(profile.supportsClassC() ? DeviceClass.C : DeviceClass.A)
        .pingSlotNb(profile.supportsClassB() ? profile.pingNb() : 0)
        .pingSlotDr(region.pingSlotDataRate())
        .pingSlotFrequencyHz(0);
    return s;
  }
}
