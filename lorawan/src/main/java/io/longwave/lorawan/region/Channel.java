package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanFormatException;

/**
 * A radio channel: centre frequency and the data-rate range a device may use on it (RP002-1.0.3
 * §2.x.2; NewChannelReq in LoRaWAN 1.0.4 §5.7).
 *
 * @param frequencyHz centre frequency in Hz
 * @param minDr lowest data-rate index allowed
 * @param maxDr highest data-rate index allowed
 */
public record Channel(long frequencyHz, int minDr, int maxDr) {

  public Channel {
    if (frequencyHz <= 0 || minDr < 0 || maxDr > 15 || minDr > maxDr) {
      throw new LorawanFormatException(
          "a channel needs a positive frequency and 0 <= minDr <= maxDr <= 15, got "
              + frequencyHz
              + " Hz DR"
              + minDr
              + "-DR"
              + maxDr);
    }
  }
}
