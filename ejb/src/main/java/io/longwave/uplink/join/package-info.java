/**
 * The join procedure of over-the-air activation as the network server runs it (LoRaWAN 1.0.4
 * §6.2, LoRaWAN 1.1 §6.2; ChirpStack {@code uplink/join.rs}): a join-request is checked (device,
 * profile, JoinEUI, MIC, DevNonce), a DevAddr is allocated under the NetID, the session keys are
 * derived and a new device session is saved, and the join-accept is handed to the downlink side.
 * A LoRaWAN 1.1 rejoin-request (LoRaWAN 1.1 §6.2.4) is handled the same way, with its MIC checked
 * by the session's SNwkSIntKey (types 0 and 2) or the JSIntKey (type 1) and its RJcount in place
 * of the DevNonce; type 2 keeps the DevAddr and radio settings.
 */
package io.longwave.uplink.join;
