package io.longwave.application.activation;

import io.longwave.application.activation.DeviceActivationException.Reason;
import io.longwave.domain.device.DevNonceRepository;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileRepository;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.crypto.Lorawan11SessionKeys;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.lorawan.region.Region;
import io.longwave.lorawan.region.Regions;
import io.longwave.session.DeviceSession;
import io.longwave.session.DeviceSessionRepository;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Activation by personalisation (LoRaWAN 1.0.4 §6.1.1 and §6.3, LoRaWAN 1.1 §6.1.2 and §6.3;
 * ChirpStack's device {@code Activate}, {@code Deactivate} and {@code FlushDevNonces}). Steps of
 * {@link #activate}: {@code getDevice}, {@code getDeviceProfile} (must be ABP), {@code
 * checkKeys} (LoRaWAN 1.0.x: one NwkSKey serving as FNwkSIntKey, SNwkSIntKey and NwkSEncKey;
 * 1.1: the three network keys), {@code checkFrameCounters}, {@code buildSession} (the profile's
 * ABP receive windows, RX2 frequency 0 meaning the region's; the region's default uplink
 * channels; DR 0, TX power index 0, NbTrans 1; Class C when the profile supports it), {@code
 * saveDeviceSession} (any previous session is deleted first) and {@code flushDeviceQueue} (when
 * the profile asks for it).
 *
 * <p>Threading: thread-safe when its ports are. Failure modes: every refusal is a {@link
 * DeviceActivationException} with its reason; nothing is changed before all checks pass.
 */
public final class AbpActivationService {

  private static final Logger LOG = System.getLogger(AbpActivationService.class.getName());
  private static final long MAX_FCNT = 0xffffffffL;

  private final DeviceRepository devices;
  private final DeviceProfileRepository profiles;
  private final DeviceSessionRepository sessions;
  private final DevNonceRepository devNonces;
  private final DeviceQueueRepository queue;
  private final Clock clock;

  public AbpActivationService(
      DeviceRepository devices,
      DeviceProfileRepository profiles,
      DeviceSessionRepository sessions,
      DevNonceRepository devNonces,
      DeviceQueueRepository queue,
      Clock clock) {
    this.devices = Objects.requireNonNull(devices, "devices");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.devNonces = Objects.requireNonNull(devNonces, "devNonces");
    this.queue = Objects.requireNonNull(queue, "queue");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Activates an ABP device, replacing any session it has.
   *
   * @param keys {@link Lorawan10SessionKeys} for a LoRaWAN 1.0.x profile, {@link
   *     Lorawan11SessionKeys} for 1.1
   * @param fCntUp the next uplink FCnt expected
   * @param nFCntDown the next network downlink FCnt (1.0.x: every downlink)
   * @param aFCntDown the next application downlink FCnt (LoRaWAN 1.1)
   * @return the session as saved
   * @throws DeviceActivationException when the device or its profile is unknown, the profile is
   *     OTAA, the keys or counters are invalid, or the profile's settings do not fit its region
   */
  public DeviceSession activate(
      Eui64 devEui, DevAddr devAddr, SessionKeys keys, long fCntUp, long nFCntDown,
      long aFCntDown) {
    Objects.requireNonNull(devEui, "devEui");
    Objects.requireNonNull(devAddr, "devAddr");
    Device device = getDevice(devEui);
    DeviceProfile profile = getDeviceProfile(device);
    checkKeys(devEui, profile, keys);
    checkFrameCounter(devEui, "FCntUp", fCntUp);
    checkFrameCounter(devEui, "NFCntDown", nFCntDown);
    checkFrameCounter(devEui, "AFCntDown", aFCntDown);
    DeviceSession s = buildSession(device, profile, devAddr, keys);
    s.fCntUp(fCntUp).nFCntDown(nFCntDown).aFCntDown(aFCntDown);
    saveDeviceSession(s);
    flushDeviceQueue(devEui, profile);
    LOG.log(Level.INFO, () -> "device " + devEui + " activated by personalisation as " + devAddr);
    return s;
  }

  /**
   * Removes the device's session: its uplinks are dropped until it is activated again.
   *
   * @throws DeviceActivationException when the device is unknown
   */
  public void deactivate(Eui64 devEui) {
    getDevice(devEui);
    sessions.delete(devEui);
  }

  /**
   * Forgets the DevNonces the device has joined with, so that a device that restarted its
   * nonces can join again (ChirpStack's {@code FlushDevNonces}).
   *
   * @throws DeviceActivationException when the device is unknown
   */
  public void flushDevNonces(Eui64 devEui) {
    getDevice(devEui);
    devNonces.flush(devEui);
  }

  private Device getDevice(Eui64 devEui) {
    Objects.requireNonNull(devEui, "devEui");
    return devices.find(devEui).orElseThrow(() ->
        new DeviceActivationException(devEui, Reason.UNKNOWN_DEVICE, "no device " + devEui));
  }

  private DeviceProfile getDeviceProfile(Device device) {
    DeviceProfile profile = profiles.find(device.deviceProfileId()).orElseThrow(() ->
        new DeviceActivationException(device.devEui(), Reason.UNKNOWN_DEVICE_PROFILE,
            "no device profile " + device.deviceProfileId()));
    if (profile.supportsOtaa()) {
      throw new DeviceActivationException(device.devEui(), Reason.NOT_ABP,
          "the device profile " + profile.id() + " is for OTAA; ABP activation needs an ABP"
              + " profile");
    }
    return profile;
  }

  private static void checkKeys(Eui64 devEui, DeviceProfile profile, SessionKeys keys) {
    if (keys == null) {
      throw new DeviceActivationException(devEui, Reason.INVALID_KEYS, "session keys are needed");
    }
    boolean lorawan11 = profile.macVersion().isLorawan11();
    if (lorawan11 && !(keys instanceof Lorawan11SessionKeys)) {
      throw new DeviceActivationException(devEui, Reason.INVALID_KEYS,
          "a LoRaWAN 1.1 device needs FNwkSIntKey, SNwkSIntKey, NwkSEncKey and AppSKey");
    }
    if (!lorawan11 && !(keys instanceof Lorawan10SessionKeys)) {
      throw new DeviceActivationException(devEui, Reason.INVALID_KEYS,
          "a LoRaWAN " + profile.macVersion().text() + " device needs NwkSKey and AppSKey");
    }
  }

  private static void checkFrameCounter(Eui64 devEui, String name, long value) {
    if (value < 0 || value > MAX_FCNT) {
      throw new DeviceActivationException(devEui, Reason.INVALID_FRAME_COUNTER,
          name + " must be 0..4294967295, got " + value);
    }
  }

  private DeviceSession buildSession(
      Device device, DeviceProfile profile, DevAddr devAddr, SessionKeys keys) {
    Region region = Regions.get(profile.region());
    checkProfile(device.devEui(), profile, region);
    BitSet channels = new BitSet();
    channels.set(0, region.defaultUplinkChannels().size());
    DeviceSession s =
        new DeviceSession(
            device.devEui(), devAddr, profile.macVersion(), region.id(), keys, clock.instant());
    return s.rx1Delay(profile.abpRx1Delay() == 0 ? 1 : profile.abpRx1Delay())
        .rx1DrOffset(profile.abpRx1DrOffset())
        .rx2Dr(profile.abpRx2Dr())
        .rx2FrequencyHz(profile.abpRx2FrequencyHz() > 0 ? profile.abpRx2FrequencyHz()
            : region.rx2FrequencyHz())
        .enabledUplinkChannels(channels)
        .extraUplinkChannels(List.of())
        .dr(0)
        .txPowerIndex(0)
        .nbTrans(1)
        .skipFCntCheck(device.skipFCntCheck())
        .deviceClass(profile.supportsClassC() ? DeviceClass.C : DeviceClass.A)
        .pingSlotNb(profile.supportsClassB() ? profile.pingNb() : 0)
        .pingSlotDr(region.pingSlotDataRate())
        .pingSlotFrequencyHz(0);
  }

  private static void checkProfile(Eui64 devEui, DeviceProfile profile, Region region) {
    String problem = null;
    if (profile.abpRx1Delay() < 0 || profile.abpRx1Delay() > 15) {
      problem = "the ABP RX1 delay must be 0..15 s, got " + profile.abpRx1Delay();
    } else if (profile.abpRx1DrOffset() < 0
        || profile.abpRx1DrOffset() > region.maxRx1DrOffset()) {
      problem = "the ABP RX1 DR offset must be 0.." + region.maxRx1DrOffset() + " in "
          + region.id() + ", got " + profile.abpRx1DrOffset();
    } else if (profile.abpRx2FrequencyHz() < 0) {
      problem = "the ABP RX2 frequency is negative: " + profile.abpRx2FrequencyHz();
    } else {
      try {
        region.dataRate(profile.abpRx2Dr());
      } catch (LorawanFormatException e) {
        problem = "the ABP RX2 data rate is invalid: " + e.getMessage();
      }
    }
    if (problem != null) {
      throw new DeviceActivationException(devEui, Reason.INVALID_PROFILE, problem);
    }
  }

  private void saveDeviceSession(DeviceSession s) {
    sessions.delete(s.devEui());
    sessions.save(s);
  }

  private void flushDeviceQueue(Eui64 devEui, DeviceProfile profile) {
    if (profile.flushQueueOnActivate()) {
      queue.flush(devEui);
    }
  }
}
