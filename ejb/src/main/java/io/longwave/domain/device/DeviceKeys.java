package io.longwave.domain.device;

import io.longwave.lorawan.Aes128Key;
import java.util.Objects;

/**
 * An OTAA device's root keys (LoRaWAN 1.1 §6.1.1). For LoRaWAN 1.0.x the AppKey is the only root
 * key and derives every session key; ChirpStack stores it in the NwkKey field and so does
 * Longwave: {@link #nwkKey()} is the key a 1.0.x join uses.
 *
 * @param nwkKey the NwkKey (1.1), or the AppKey of a 1.0.x device
 * @param appKey the AppKey of a 1.1 device (derives the AppSKey); null for 1.0.x
 */
public record DeviceKeys(Aes128Key nwkKey, Aes128Key appKey) {

  public DeviceKeys {
    Objects.requireNonNull(nwkKey, "nwkKey");
  }

  /** The keys of a LoRaWAN 1.0.x device. */
  public static DeviceKeys lorawan10(Aes128Key appKey) {
    return new DeviceKeys(appKey, null);
  }
}
