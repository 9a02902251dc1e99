/**
 * Transport-neutral frame records exchanged between the gateway bridge and the network server,
 * mirroring ChirpStack's {@code gw.proto}: uplink frames with rx/tx info, gateway stats, downlink
 * frames with their items and the final TX acknowledgement. The PHYPayload stays raw bytes; the
 * LoRaWAN codec in the network server parses it. All records are immutable and serializable.
 */
package io.longwave.connector.api.frame;
