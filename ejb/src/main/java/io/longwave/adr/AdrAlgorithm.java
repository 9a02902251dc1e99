package io.longwave.adr;

/**
 * An adaptive data rate algorithm (LoRaWAN 1.0.4 §4.3.1.1): from an uplink's {@link AdrRequest} it
 * chooses the data rate, TXPower index and NbTrans the network asks the device to use with
 * LinkADRReq (§5.3). Implementations are stateless and thread-safe; one instance serves every
 * device whose profile names its {@link #id()}.
 */
public interface AdrAlgorithm {

  /** The identifier a device profile uses to select this algorithm, for example "default". */
  String id();

  /** A human-readable name for the console. */
  String name();

  /**
   * Computes the wanted settings. Returning the request's current values means "no change".
   *
   * @throws io.longwave.lorawan.LorawanFormatException when the request names a data rate the
   *     region does not define
   */
  AdrResponse handle(AdrRequest request);
}
