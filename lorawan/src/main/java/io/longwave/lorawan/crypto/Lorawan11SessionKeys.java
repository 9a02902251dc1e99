package io.longwave.lorawan.crypto;

import io.longwave.lorawan.Aes128Key;
import java.util.Objects;

/**
 * LoRaWAN 1.1 session keys (LoRaWAN 1.1 §6.2.3, OptNeg set).
 *
 * @param fNwkSIntKey forwarding network session integrity key (cmacF of uplinks)
 * @param sNwkSIntKey serving network session integrity key (cmacS of uplinks, downlink MICs)
 * @param nwkSEncKey network session encryption key (FOpts, FPort 0)
 * @param appSKey application session key
 */
public record Lorawan11SessionKeys(
    Aes128Key fNwkSIntKey, Aes128Key sNwkSIntKey, Aes128Key nwkSEncKey, Aes128Key appSKey)
    implements SessionKeys {

  public Lorawan11SessionKeys {
    Objects.requireNonNull(fNwkSIntKey, "fNwkSIntKey");
    Objects.requireNonNull(sNwkSIntKey, "sNwkSIntKey");
    Objects.requireNonNull(nwkSEncKey, "nwkSEncKey");
    Objects.requireNonNull(appSKey, "appSKey");
  }
}
