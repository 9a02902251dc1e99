package io.longwave.connector.api.frame;

/**
 * LoRa modulation parameters.
 *
 * @param bandwidthHz bandwidth in Hz (125000, 250000, 500000 …)
 * @param spreadingFactor 5 to 12
 * @param codeRate the coding rate
 * @param polarizationInversion true for LoRaWAN downlinks, false for uplinks
 */
public record LoraModulation(
    int bandwidthHz, int spreadingFactor, CodeRate codeRate, boolean polarizationInversion)
    implements Modulation {

  public LoraModulation {
    if (codeRate == null) {
      codeRate = CodeRate.UNDEFINED;
    }
  }

  /** The Semtech data-rate identifier, for example {@code SF7BW125}. */
  public String semtechDataRate() {
    return "SF" + spreadingFactor + "BW" + (bandwidthHz / 1000);
  }
}
