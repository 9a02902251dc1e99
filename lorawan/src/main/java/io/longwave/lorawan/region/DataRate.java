package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanFormatException;

/**
 * One row of a band's data-rate table (RP002-1.0.3 §2.x.3): the DR index, its modulation and the
 * directions it may be used in (US915 and AU915 split uplink DR0-7 from downlink DR8-13).
 *
 * @param index the DR index, 0 to 15
 * @param modulation the physical layer
 * @param uplink usable for uplinks
 * @param downlink usable for downlinks
 */
public record DataRate(int index, Modulation modulation, boolean uplink, boolean downlink) {

  public DataRate {
    if (index < 0 || index > 15) {
      throw new LorawanFormatException("a DR index has 4 bits (0-15), got " + index);
    }
    if (modulation == null) {
      throw new LorawanFormatException("DR" + index + " needs a modulation");
    }
    if (!uplink && !downlink) {
      throw new LorawanFormatException("DR" + index + " must be usable in some direction");
    }
  }

  /** A LoRa data rate with the given spreading factor and bandwidth. */
  static DataRate lora(int index, int sf, int bandwidthHz, boolean uplink, boolean downlink) {
    return new DataRate(index, new LoraModulation(sf, bandwidthHz), uplink, downlink);
  }
}
