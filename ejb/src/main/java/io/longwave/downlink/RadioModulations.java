package io.longwave.downlink;

import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.FskModulation;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.LrFhssModulation;
import io.longwave.connector.api.frame.Modulation;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.region.DataRate;
import io.longwave.lorawan.region.LrFhssCodingRate;
import io.longwave.lorawan.region.Region;

/**
 * Between the gateway bridge's radio metadata and the region's data rates: the DR index of a
 * received uplink, and the modulation a gateway must transmit a downlink DR with.
 */
public final class RadioModulations {

  private RadioModulations() {}

  /**
   * The uplink data-rate index of a received modulation.
   *
   * @throws LorawanFormatException when the region has no such uplink data rate
   */
  public static int uplinkDr(Region region, Modulation m) {
    return region.uplinkDataRateIndex(regional(m));
  }

  /** The region's view of a gateway modulation. */
  public static io.longwave.lorawan.region.Modulation regional(Modulation m) {
    if (m instanceof LoraModulation l) {
      return new io.longwave.lorawan.region.LoraModulation(l.spreadingFactor(), l.bandwidthHz());
    }
    if (m instanceof FskModulation f) {
      return new io.longwave.lorawan.region.FskModulation(f.datarateBps());
    }
    LrFhssModulation r = (LrFhssModulation) m;
    return new io.longwave.lorawan.region.LrFhssModulation(
        LrFhssCodingRate.parse(r.codeRate().text()), r.operatingChannelWidthHz());
  }

  /**
   * The modulation of a downlink at {@code dr}: LoRa with inverted polarisation and coding rate
   * 4/5 (LoRaWAN 1.0.4 §3.3 and RP002), or FSK with a deviation of half the bit rate.
   */
  public static Modulation downlink(Region region, int dr) {
    DataRate rate = region.dataRate(dr);
    if (rate.modulation() instanceof io.longwave.lorawan.region.LoraModulation l) {
      return new LoraModulation(l.bandwidthHz(), l.spreadingFactor(), CodeRate.CR_4_5, true);
    }
    if (rate.modulation() instanceof io.longwave.lorawan.region.FskModulation f) {
      return new FskModulation(f.bitRate() / 2, f.bitRate());
    }
    throw new LorawanFormatException("DR" + dr + " of " + region.id() + " is not a downlink rate");
  }

  /**
   * The SNR a LoRa demodulator needs at a spreading factor (Semtech SX1276 datasheet, table 13),
   * used for link margins: SF7 -7.5 dB down to SF12 -20 dB. FSK and LR-FHSS count as SF7.
   */
  public static double requiredSnrDb(Modulation m) {
    if (m instanceof LoraModulation l) {
      return switch (l.spreadingFactor()) {
        case 5 -> -2.5;
        case 6 -> -5;
        case 8 -> -10;
        case 9 -> -12.5;
        case 10 -> -15;
        case 11 -> -17.5;
        case 12 -> -20;
        default -> -7.5;
      };
    }
    return -7.5;
  }
}
