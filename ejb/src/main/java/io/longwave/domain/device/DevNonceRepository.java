package io.longwave.domain.device;

import io.longwave.lorawan.Eui64;

/**
 * The DevNonces a device has joined with (LoRaWAN 1.0.4 §6.2.4: a nonce is never accepted twice;
 * LoRaWAN 1.1 §6.2.4.2: it increases). Threading: implementations are thread-safe and {@link
 * #use} is atomic: of two concurrent calls with the same nonce, one wins.
 */
public interface DevNonceRepository {

  /**
   * Records a nonce as used.
   *
   * @param joinRequestType 0xff for a join-request, 0..2 for a rejoin-request
   * @return false when the nonce was already used (the request must be rejected)
   */
  boolean use(Eui64 devEui, Eui64 joinEui, int devNonce, int joinRequestType);

  /** The highest nonce used by a join-request of this device, or -1 (LoRaWAN 1.1 rule). */
  int highest(Eui64 devEui, Eui64 joinEui);

  /** Forgets the device's nonces (the API's "flush DevNonces"). */
  void flush(Eui64 devEui);
}
