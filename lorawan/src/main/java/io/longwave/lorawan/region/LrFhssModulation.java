package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanFormatException;

/**
 * LR-FHSS (RP002-1.0.3 §2.2.3 EU868 DR8-11, §2.3.3 US915 DR5-6, §2.6.3 AU915 DR7): coding rate and
 * occupied channel width (OCW).
 *
 * @param codingRate the coding rate
 * @param occupiedChannelWidthHz 137000, 336000 or 1523000 in the LoRaWAN bands
 */
public record LrFhssModulation(LrFhssCodingRate codingRate, int occupiedChannelWidthHz)
    implements Modulation {

  public LrFhssModulation {
    if (codingRate == null) {
      throw new LorawanFormatException("an LR-FHSS data rate needs a coding rate");
    }
    if (occupiedChannelWidthHz <= 0) {
      throw new LorawanFormatException(
          "an LR-FHSS occupied channel width is positive, got " + occupiedChannelWidthHz + " Hz");
    }
  }
}
