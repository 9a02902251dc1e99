/**
 * Adaptive data rate (LoRaWAN 1.0.4 §4.3.1.1 and §5.3 LinkADRReq), as ChirpStack runs it: after
 * each uplink the network server hands an {@link io.longwave.adr.AdrRequest} (the device's current
 * DR, TXPower index and NbTrans, the limits of its profile and region, and the metrics of its last
 * 20 uplinks kept by {@link io.longwave.adr.UplinkHistory}) to the {@link
 * io.longwave.adr.AdrAlgorithm} its device profile names, and sends a LinkADRReq when the {@link
 * io.longwave.adr.AdrResponse} differs. {@link io.longwave.adr.AdrAlgorithms} holds the algorithms
 * by id: {@code default} (SNR margin, LoRa 125 kHz only), {@code lr_fhss} and {@code lora_lr_fhss}.
 * Everything here is plain Java with no container dependency; the algorithms are stateless and
 * thread-safe, the history is not.
 */
package io.longwave.adr;
