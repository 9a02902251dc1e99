/**
 * The data uplink path of the network server (LoRaWAN 1.0.4 §4, 1.1 §4): {@link
 * io.longwave.uplink.data.DataUplinkFlow} finds the session by DevAddr and MIC, claims the frame
 * counter with a versioned save, hands the MAC commands to MAC handling, acknowledges pending
 * confirmed downlinks, sends the application events and starts the Class A answer; with the
 * helpers it uses (session matching, uplink radio indices, per-thread AES key contexts, the ADR
 * uplink history) and the ports the uplink router hands join and rejoin requests to.
 */
package io.longwave.uplink.data;
