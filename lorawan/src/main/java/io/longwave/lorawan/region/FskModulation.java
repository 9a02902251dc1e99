package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanFormatException;

/**
 * GFSK (RP002-1.0.3 §2.x.3): the 50 kbps data rate of EU868, AS923 and others.
 *
 * @param bitRate bits per second
 */
public record FskModulation(int bitRate) implements Modulation {

  public FskModulation {
    if (bitRate <= 0) {
      throw new LorawanFormatException("an FSK bit rate is positive, got " + bitRate);
    }
  }
}
