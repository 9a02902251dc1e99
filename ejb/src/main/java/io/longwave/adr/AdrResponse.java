package io.longwave.adr;

/**
 * The settings an {@link AdrAlgorithm} wants for a device: the DataRate, TXPower and NbTrans fields
 * of LinkADRReq (LoRaWAN 1.0.4 §5.3).
 *
 * @param dr the uplink data-rate index, 0 to 15
 * @param txPowerIndex the TXPower index, 0 to 15 (0 is the highest power)
 * @param nbTrans the number of transmissions of each uplink, 0 to 15
 */
public record AdrResponse(int dr, int txPowerIndex, int nbTrans) {

  public AdrResponse {
    AdrRequest.checkNibble("dr", dr);
    AdrRequest.checkNibble("txPowerIndex", txPowerIndex);
    AdrRequest.checkNibble("nbTrans", nbTrans);
  }

  /** The request's current settings: the answer for "change nothing". */
  public static AdrResponse unchanged(AdrRequest request) {
    return new AdrResponse(request.dr(), request.txPowerIndex(), request.nbTrans());
  }

  /** True when this differs from the request's current settings, so a LinkADRReq is due. */
  public boolean changes(AdrRequest request) {
    return dr != request.dr()
        || txPowerIndex != request.txPowerIndex()
        || nbTrans != request.nbTrans();
  }
}
