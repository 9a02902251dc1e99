package io.longwave.lorawan.crypto;

import io.longwave.lorawan.Aes128Key;

/**
 * The session keys a join produces (LoRaWAN 1.0.4 §6.2.5, LoRaWAN 1.1 §6.2.3), seen through the
 * four LoRaWAN 1.1 roles so that a network server can treat both versions alike: for LoRaWAN 1.0
 * the three network roles are all the NwkSKey.
 */
public sealed interface SessionKeys permits Lorawan10SessionKeys, Lorawan11SessionKeys {

  /** The key of the cmacF half of uplink MICs (1.0: NwkSKey). */
  Aes128Key fNwkSIntKey();

  /** The key of downlink MICs and the cmacS half of uplink MICs (1.0: NwkSKey). */
  Aes128Key sNwkSIntKey();

  /** The key of FOpts and FPort-0 FRMPayload encryption (1.0: NwkSKey). */
  Aes128Key nwkSEncKey();

  /** The key of application FRMPayload encryption. */
  Aes128Key appSKey();
}
