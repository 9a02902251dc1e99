package io.longwave.adr;

import io.longwave.lorawan.region.DataRate;
import io.longwave.lorawan.region.LoraModulation;
import io.longwave.lorawan.region.Region;

/**
 * The demodulation floor of LoRa per spreading factor: the lowest SNR at which a gateway still
 * receives a frame (Semtech SX1301/SX1302 and SX126x datasheets; the table ChirpStack's ADR uses).
 * SF7 -7.5 dB, SF8 -10, SF9 -12.5, SF10 -15, SF11 -17.5, SF12 -20; SF6 -5 and SF5 -2.5. FSK and
 * LR-FHSS data rates have no such floor here and give 0 dB, as in ChirpStack.
 */
public final class RequiredSnr {

  private RequiredSnr() {}

  /** The required SNR in dB for a LoRa spreading factor, 5 to 12. */
  public static double forSpreadingFactor(int spreadingFactor) {
    if (spreadingFactor < 5 || spreadingFactor > 12) {
      throw new IllegalArgumentException(
          "a LoRa spreading factor is between 5 and 12, got " + spreadingFactor);
    }
    // 2.5 dB per spreading-factor step, from -2.5 dB at SF5 to -20 dB at SF12.
    return -2.5 * (spreadingFactor - 4);
  }

  /**
   * The required SNR in dB for an uplink data rate of a region: the LoRa floor of its spreading
   * factor, or 0 for FSK and LR-FHSS.
   *
   * @throws io.longwave.lorawan.LorawanFormatException when the region does not define the DR
   */
  public static double forDataRate(Region region, int dr) {
    DataRate rate = region.dataRate(dr);
    if (rate.modulation() instanceof LoraModulation lora) {
      return forSpreadingFactor(lora.spreadingFactor());
    }
    return 0.0;
  }
}
