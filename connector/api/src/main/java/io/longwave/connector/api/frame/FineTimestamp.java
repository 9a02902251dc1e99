package io.longwave.connector.api.frame;

import java.io.Serializable;

/**
 * A fine (nanosecond) reception timestamp, used for TDOA geolocation. Either plain (the gateway
 * reports it in clear) or encrypted with a per-board AES key.
 */
public sealed interface FineTimestamp extends Serializable
    permits FineTimestamp.Plain, FineTimestamp.Encrypted {

  /**
   * A plain fine timestamp.
   *
   * @param timeSinceGpsEpochNanos nanoseconds since the GPS epoch (6 Jan 1980 00:00:00 UTC)
   */
  record Plain(long timeSinceGpsEpochNanos) implements FineTimestamp {}

  /**
   * An encrypted fine timestamp (Semtech rxpk {@code aesk}, rsig {@code etime}).
   *
   * @param aesKeyIndex the index of the AES key that encrypted it
   * @param encryptedNs the encrypted nanosecond part (16 bytes)
   * @param fpgaId the FPGA id of the board, when known (may be empty)
   */
  record Encrypted(int aesKeyIndex, byte[] encryptedNs, byte[] fpgaId) implements FineTimestamp {}
}
