package io.longwave.application.management;

import io.longwave.application.error.ErrorCode;
import io.longwave.application.error.ApiException;
import io.longwave.application.activation.AbpActivationService;
import io.longwave.application.activation.DeviceActivationException;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.domain.device.DevNonceRepository;
import io.longwave.domain.device.DeviceProfileRepository;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.crypto.Lorawan11SessionKeys;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.network.NetworkConfiguration;
import io.longwave.session.DeviceSession;
import io.longwave.session.DeviceSessionRepository;
import io.longwave.uplink.join.DevAddrAllocator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A device's activation as the API manages it (ChirpStack v3 {@code Activate}, {@code
 * GetActivation}, {@code Deactivate}, {@code ClearDeviceNonces}, {@code GetRandomDevAddr}), with
 * the caller's rights checked first; the work is {@link AbpActivationService}'s. Random addresses
 * are drawn under the configured NetID ({@code longwave.network.net-id}). Every call is one
 * transaction.
 */
@ApplicationScoped
@Transactional
public class DeviceActivations {

  private DeviceService devices;
  private DeviceProfileRepository profiles;
  private DeviceSessionRepository sessions;
  private AbpActivationService abp;
  private DevAddrAllocator devAddrs;

  protected DeviceActivations() {}

  @Inject
  public DeviceActivations(
      DeviceService deviceService,
      DeviceRepository devices,
      DeviceProfileRepository profiles,
      DeviceSessionRepository sessions,
      DevNonceRepository devNonces,
      DeviceQueueRepository queue) {
    this(deviceService, profiles, sessions,
        new AbpActivationService(devices, profiles, sessions, devNonces, queue,
            Clock.systemUTC()),
        new DevAddrAllocator(configuredNetId(), new SecureRandom()));
  }

  /** With the activation service and address allocator given (tests). */
  public DeviceActivations(
      DeviceService deviceService, DeviceProfileRepository profiles,
      DeviceSessionRepository sessions, AbpActivationService abp, DevAddrAllocator devAddrs) {
    this.devices = Objects.requireNonNull(deviceService, "deviceService");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.abp = Objects.requireNonNull(abp, "abp");
    this.devAddrs = Objects.requireNonNull(devAddrs, "devAddrs");
  }

  private static io.longwave.lorawan.NetId configuredNetId() {
    return NetworkConfiguration.read(
            key -> ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse(null))
        .settings().netId();
  }

  /** Activates the device by personalisation, replacing any session. */
  public DeviceSession activate(AccessPolicy policy, Eui64 devEui, DevAddr devAddr,
      SessionKeys keys, long fCntUp, long nFCntDown, long aFCntDown) {
    devices.writable(policy, devEui);
    try {
      return abp.activate(devEui, devAddr, keys, fCntUp, nFCntDown, aFCntDown);
    } catch (DeviceActivationException e) {
      throw translate(e);
    }
  }

  /**
   * Activates the device with the keys as the API names them (ChirpStack v3 {@code
   * DeviceActivation}): a LoRaWAN 1.1 device needs all four; for LoRaWAN 1.0.x the three network
   * keys are one NwkSKey, so those given must be equal (ChirpStack's console sends it three
   * times).
   *
   * @param fNwkSIntKey null when not given, likewise the others
   */
  public DeviceSession activate(AccessPolicy policy, Eui64 devEui, DevAddr devAddr,
      Aes128Key fNwkSIntKey, Aes128Key sNwkSIntKey, Aes128Key nwkSEncKey, Aes128Key appSKey,
      long fCntUp, long nFCntDown, long aFCntDown) {
    Device device = devices.writable(policy, devEui);
    DeviceProfile profile = profiles.find(device.deviceProfileId()).orElseThrow(() ->
        ApiException.notFound("no device profile " + device.deviceProfileId()));
    if (devAddr == null) {
      throw ApiException.invalidArgument("deviceActivation.devAddr is required");
    }
    if (appSKey == null) {
      throw ApiException.invalidArgument("deviceActivation.appSKey is required");
    }
    SessionKeys keys;
    if (profile.macVersion().isLorawan11()) {
      if (fNwkSIntKey == null || sNwkSIntKey == null || nwkSEncKey == null) {
        throw ApiException.invalidArgument("a LoRaWAN 1.1 device needs fNwkSIntKey, sNwkSIntKey"
            + " and nwkSEncKey");
      }
      keys = new Lorawan11SessionKeys(fNwkSIntKey, sNwkSIntKey, nwkSEncKey, appSKey);
    } else {
      List<Aes128Key> given = Stream.of(fNwkSIntKey, sNwkSIntKey, nwkSEncKey)
          .filter(Objects::nonNull).distinct().toList();
      if (given.isEmpty()) {
        throw ApiException.invalidArgument("a LoRaWAN " + profile.macVersion().text()
            + " device needs its NwkSKey as nwkSEncKey (and sNwkSIntKey, fNwkSIntKey)");
      }
      if (given.size() > 1) {
        throw ApiException.invalidArgument("for LoRaWAN " + profile.macVersion().text()
            + " fNwkSIntKey, sNwkSIntKey and nwkSEncKey are the one NwkSKey and must be equal");
      }
      keys = new Lorawan10SessionKeys(given.get(0), appSKey);
    }
    return activate(policy, devEui, devAddr, keys, fCntUp, nFCntDown, aFCntDown);
  }

  /** The device's current session. */
  public DeviceSession activation(AccessPolicy policy, Eui64 devEui) {
    devices.readable(policy, devEui);
    return sessions.find(devEui).orElseThrow(
        () -> ApiException.notFound("device " + devEui + " is not activated"));
  }

  /** Removes the device's session. */
  public void deactivate(AccessPolicy policy, Eui64 devEui) {
    devices.writable(policy, devEui);
    if (sessions.find(devEui).isEmpty()) {
      throw ApiException.notFound("device " + devEui + " is not activated");
    }
    try {
      abp.deactivate(devEui);
    } catch (DeviceActivationException e) {
      throw translate(e);
    }
  }

  /** Forgets the DevNonces the device joined with. */
  public void flushDevNonces(AccessPolicy policy, Eui64 devEui) {
    devices.writable(policy, devEui);
    try {
      abp.flushDevNonces(devEui);
    } catch (DeviceActivationException e) {
      throw translate(e);
    }
  }

  /** A random address under the network's NetID, for an ABP activation of the device. */
  public DevAddr randomDevAddr(AccessPolicy policy, Eui64 devEui) {
    devices.writable(policy, devEui);
    return devAddrs.allocate();
  }

  private static ApiException translate(DeviceActivationException e) {
    ErrorCode code = switch (e.reason()) {
      case UNKNOWN_DEVICE, UNKNOWN_DEVICE_PROFILE -> ErrorCode.NOT_FOUND;
      case NOT_ABP, INVALID_PROFILE -> ErrorCode.FAILED_PRECONDITION;
      case INVALID_KEYS, INVALID_FRAME_COUNTER -> ErrorCode.INVALID_ARGUMENT;
    };
    return new ApiException(code, e.getMessage());
  }
}
