package io.longwave.lorawan.crypto;

import io.longwave.lorawan.Aes128Key;
import java.util.Objects;

/**
 * LoRaWAN 1.0 session keys (LoRaWAN 1.0.4 §6.2.5): the NwkSKey and the AppSKey. Also what a LoRaWAN
 * 1.1 end-device derives when the join-accept has OptNeg unset (LoRaWAN 1.1 §6.2.3), where
 * FNwkSIntKey = SNwkSIntKey = NwkSEncKey = NwkSKey.
 *
 * @param nwkSKey the network session key
 * @param appSKey the application session key
 */
public record Lorawan10SessionKeys(Aes128Key nwkSKey, Aes128Key appSKey) implements SessionKeys {

  public Lorawan10SessionKeys {
    Objects.requireNonNull(nwkSKey, "nwkSKey");
    Objects.requireNonNull(appSKey, "appSKey");
  }

  @Override
  public Aes128Key fNwkSIntKey() {
    return nwkSKey;
  }

  @Override
  public Aes128Key sNwkSIntKey() {
    return nwkSKey;
  }

  @Override
  public Aes128Key nwkSEncKey() {
    return nwkSKey;
  }
}
