package io.longwave.connector.api.frame;

/**
 * LR-FHSS modulation parameters.
 *
 * @param operatingChannelWidthHz operating channel width in Hz
 * @param codeRate the coding rate
 * @param gridSteps hopping grid steps
 */
public record LrFhssModulation(int operatingChannelWidthHz, CodeRate codeRate, int gridSteps)
    implements Modulation {

  public LrFhssModulation {
    if (codeRate == null) {
      codeRate = CodeRate.UNDEFINED;
    }
  }
}
