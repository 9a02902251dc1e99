package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanFormatException;

/**
 * LoRa chirp spread spectrum (RP002-1.0.3 §2.x.3): spreading factor and bandwidth. LoRaWAN data
 * rates always use coding rate 4/5, so it is not part of the data rate.
 *
 * @param spreadingFactor 5 to 12
 * @param bandwidthHz 125000, 250000 or 500000 (other LoRa bandwidths, 7.8 kHz to 1.6 MHz, are
 *     accepted for time-on-air computations)
 */
public record LoraModulation(int spreadingFactor, int bandwidthHz) implements Modulation {

  public LoraModulation {
    if (spreadingFactor < 5 || spreadingFactor > 12) {
      throw new LorawanFormatException(
          "a LoRa spreading factor is between 5 and 12, got " + spreadingFactor);
    }
    if (bandwidthHz < 7800 || bandwidthHz > 1625000) {
      throw new LorawanFormatException(
          "a LoRa bandwidth is between 7.8 kHz and 1.625 MHz, got " + bandwidthHz + " Hz");
    }
  }
}
