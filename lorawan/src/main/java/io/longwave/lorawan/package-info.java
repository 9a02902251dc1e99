/**
 * The LoRaWAN frame model and codec (LoRaWAN 1.0.4 §4, 1.1 §4 and §6.2): {@link
 * io.longwave.lorawan.PhyPayload} and its parts (MHDR, MACPayload with FHDR and FCtrl by
 * direction, join-request, rejoin-request, encrypted join-accept and its decrypted payload with
 * CFList, proprietary), 32-bit frame-counter reconstruction, and the value types for EUIs,
 * addresses, network ids, nonces and keys. Pure Java: no container, no I/O. Every decoder reports
 * bad input with {@link io.longwave.lorawan.LorawanFormatException} and nothing else.
 */
package io.longwave.lorawan;
