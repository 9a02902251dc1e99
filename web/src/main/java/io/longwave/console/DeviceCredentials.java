package io.longwave.console;

import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.error.ApiException;
import io.longwave.application.management.DeviceActivations;
import io.longwave.application.management.DeviceService;
import io.longwave.domain.device.DeviceKeys;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A device's root keys for OTAA (LoRaWAN 1.1 §6.1.1; a 1.0.x device's AppKey is kept as its
 * NwkKey, as ChirpStack does) and its activation by personalisation (LoRaWAN 1.0.4 §6.2: device
 * address, session keys and frame counters), through {@link DeviceService} and {@link
 * DeviceActivations}, which check the caller's rights and, for ABP, the keys the device's MAC
 * version needs. {@link DeviceForm} loads it for the device it shows.
 */
@Named
@ViewScoped
public class DeviceCredentials implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleCaller caller;
  @Inject private DeviceService devices;
  @Inject private DeviceActivations activations;

  private Eui64 devEui;
  private boolean hasKeys;
  private Aes128Key nwkKey;
  private Aes128Key appKey;
  private DevAddr devAddr;
  private Aes128Key nwkSEncKey;
  private Aes128Key sNwkSIntKey;
  private Aes128Key fNwkSIntKey;
  private Aes128Key appSKey;
  private long fCntUp;
  private long nFCntDown;
  private long aFCntDown;

  /** Reads the keys the device has, for a device the caller may change. */
  public void load(Eui64 device) {
    ConsoleMessages.attempt(() -> {
      AccessPolicy policy = caller.policy();
      devEui = devices.writable(policy, device).devEui();
      try {
        DeviceKeys keys = devices.getKeys(policy, devEui);
        hasKeys = true;
        nwkKey = keys.nwkKey();
        appKey = keys.appKey();
      } catch (ApiException noKeys) {
        hasKeys = false;
      }
    });
  }

  /** Sets or replaces the root keys. */
  public void saveKeys() {
    if (devEui != null && ConsoleMessages.attempt(() -> {
      DeviceKeys keys = new DeviceKeys(nwkKey, appKey);
      if (hasKeys) {
        devices.updateKeys(caller.policy(), devEui, keys);
      } else {
        devices.createKeys(caller.policy(), devEui, keys);
      }
    })) {
      hasKeys = true;
      ConsoleMessages.info("Keys saved.");
    }
  }

  /** Removes the root keys. */
  public void deleteKeys() {
    if (devEui != null && ConsoleMessages.attempt(
        () -> devices.deleteKeys(caller.policy(), devEui))) {
      hasKeys = false;
      nwkKey = null;
      appKey = null;
      ConsoleMessages.info("Keys removed.");
    }
  }

  /** Fills in a random address under the network's NetID. */
  public void randomDevAddr() {
    if (devEui != null) {
      devAddr = ConsoleMessages.attempt(() -> activations.randomDevAddr(caller.policy(), devEui),
          devAddr);
    }
  }

  /** Activates the device by personalisation, replacing any session. */
  public void activate() {
    if (devEui != null && ConsoleMessages.attempt(() -> activations.activate(caller.policy(),
        devEui, devAddr, fNwkSIntKey, sNwkSIntKey, nwkSEncKey, appSKey, fCntUp, nFCntDown,
        aFCntDown))) {
      ConsoleMessages.info("Device activated with address " + devAddr + ".");
    }
  }

  public boolean isHasKeys() {
    return hasKeys;
  }

  public Aes128Key getNwkKey() {
    return nwkKey;
  }

  public void setNwkKey(Aes128Key nwkKey) {
    this.nwkKey = nwkKey;
  }

  public Aes128Key getAppKey() {
    return appKey;
  }

  public void setAppKey(Aes128Key appKey) {
    this.appKey = appKey;
  }

  public DevAddr getDevAddr() {
    return devAddr;
  }

  public void setDevAddr(DevAddr devAddr) {
    this.devAddr = devAddr;
  }

  public Aes128Key getNwkSEncKey() {
    return nwkSEncKey;
  }

  public void setNwkSEncKey(Aes128Key nwkSEncKey) {
    this.nwkSEncKey = nwkSEncKey;
  }

  public Aes128Key getSNwkSIntKey() {
    return sNwkSIntKey;
  }

  public void setSNwkSIntKey(Aes128Key sNwkSIntKey) {
    this.sNwkSIntKey = sNwkSIntKey;
  }

  public Aes128Key getFNwkSIntKey() {
    return fNwkSIntKey;
  }

  public void setFNwkSIntKey(Aes128Key fNwkSIntKey) {
    this.fNwkSIntKey = fNwkSIntKey;
  }

  public Aes128Key getAppSKey() {
    return appSKey;
  }

  public void setAppSKey(Aes128Key appSKey) {
    this.appSKey = appSKey;
  }

  public long getFCntUp() {
    return fCntUp;
  }

  public void setFCntUp(long fCntUp) {
    this.fCntUp = fCntUp;
  }

  public long getNFCntDown() {
    return nFCntDown;
  }

  public void setNFCntDown(long nFCntDown) {
    this.nFCntDown = nFCntDown;
  }

  public long getAFCntDown() {
    return aFCntDown;
  }

  public void setAFCntDown(long aFCntDown) {
    this.aFCntDown = aFCntDown;
  }
}
