package io.longwave.simulator.device;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.NetId;
import java.util.Random;

/**
 * The provisioning of one end-device, as in a row of the devices file: the OTAA root keys
 * (LoRaWAN 1.0.4 §6.2.1: AppKey; LoRaWAN 1.1 §6.1.1: NwkKey and AppKey) and the ABP session
 * (DevAddr, NwkSKey, AppSKey). A device may carry both, so one file serves both activations; for
 * LoRaWAN 1.1 ABP the NwkSKey stands for FNwkSIntKey, SNwkSIntKey and NwkSEncKey alike.
 * Immutable.
 *
 * @param devEui the DevEUI (always present: it names the device)
 * @param joinEui the JoinEUI (AppEUI in 1.0.x), or null without OTAA
 * @param appKey the AppKey, or null without OTAA
 * @param nwkKey the NwkKey of a LoRaWAN 1.1 device, or null (1.0.x, or no OTAA)
 * @param devAddr the ABP DevAddr, or null without ABP
 * @param nwkSKey the ABP NwkSKey, or null without ABP
 * @param appSKey the ABP AppSKey, or null without ABP
 * @param macVersion the LoRaWAN version
 */
public record DeviceConfig(
    Eui64 devEui,
    Eui64 joinEui,
    Aes128Key appKey,
    Aes128Key nwkKey,
    DevAddr devAddr,
    Aes128Key nwkSKey,
    Aes128Key appSKey,
    MacVersion macVersion) {

  public DeviceConfig {
    if (devEui == null || macVersion == null) {
      throw new IllegalArgumentException("a device needs a DevEUI and a MAC version");
    }
    if ((joinEui == null) != (appKey == null)) {
      throw new IllegalArgumentException(
          "device " + devEui + ": OTAA needs both join_eui and app_key");
    }
    if (appKey != null && macVersion.isLorawan11() && nwkKey == null) {
      throw new IllegalArgumentException(
          "device " + devEui + ": a LoRaWAN 1.1 OTAA device needs nwk_key");
    }
    if ((devAddr == null) != (nwkSKey == null) || (devAddr == null) != (appSKey == null)) {
      throw new IllegalArgumentException(
          "device " + devEui + ": ABP needs dev_addr, nwk_s_key and app_s_key together");
    }
    if (appKey == null && devAddr == null) {
      throw new IllegalArgumentException(
          "device " + devEui + " has neither OTAA keys nor an ABP session");
    }
  }

  /** True when the device has what OTAA needs. */
  public boolean supportsOtaa() {
    return appKey != null;
  }

  /** True when the device has what ABP needs. */
  public boolean supportsAbp() {
    return devAddr != null;
  }

  /** True when the device can be activated this way. */
  public boolean supports(Activation activation) {
    return activation == Activation.OTAA ? supportsOtaa() : supportsAbp();
  }

  /**
   * A device with random keys for both activations: DevEUI {@code devEuiBase + index}, the given
   * JoinEUI, and a random DevAddr of {@code netId}.
   */
  public static DeviceConfig random(
      Random random, Eui64 devEuiBase, int index, Eui64 joinEui, NetId netId,
      MacVersion macVersion) {
    DevAddr addr = DevAddr.of(netId, random.nextInt());
    return new DeviceConfig(
        new Eui64(devEuiBase.value() + index),
        joinEui,
        key(random),
        macVersion.isLorawan11() ? key(random) : null,
        addr,
        key(random),
        key(random),
        macVersion);
  }

  private static Aes128Key key(Random random) {
    byte[] b = new byte[16];
    random.nextBytes(b);
    return Aes128Key.of(b);
  }
}
