package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanFormatException;

/**
 * RP002-1.0.3 maximum payload size for one data rate (the "Maximum payload size" table of each
 * band, §2.x.6): {@code m} is the largest MACPayload, {@code n} the largest FRMPayload when FOpts
 * is empty (always {@code m - 8}).
 *
 * @param m maximum MACPayload length in bytes
 * @param n maximum application payload (FRMPayload) length in bytes without FOpts
 */
public record MaxPayloadSize(int m, int n) {

  public MaxPayloadSize {
    if (m < 8 || m > 250 || n != m - 8) {
      throw new LorawanFormatException(
          "a maximum payload size has 8 <= M <= 250 and N = M - 8, got M=" + m + " N=" + n);
    }
  }

  /** The size for MACPayload limit {@code m} (N is M minus the 7-byte FHDR and FPort). */
  public static MaxPayloadSize ofM(int m) {
    return new MaxPayloadSize(m, m - 8);
  }
}
