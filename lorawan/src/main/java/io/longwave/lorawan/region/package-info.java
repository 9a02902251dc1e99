/**
 * LoRaWAN Regional Parameters (RP002-1.0.3, with the LoRaWAN 1.0.4 defaults): one {@link
 * io.longwave.lorawan.region.Region} per band, looked up by {@link
 * io.longwave.lorawan.region.RegionId} through {@link io.longwave.lorawan.region.Regions}. A region
 * answers the questions the network server asks per uplink and downlink: which data rate a received
 * modulation is, how large a payload may be, where and how fast RX1 and RX2 transmit, which
 * channels a join-accept CFList or a LinkADRReq channel mask should carry, the TX power table and
 * the Class B beacon and ping-slot defaults. {@link io.longwave.lorawan.region.TimeOnAir} computes
 * airtime for LoRa and FSK frames. Everything here is immutable, thread-safe and free of I/O; bad
 * input is reported with {@link io.longwave.lorawan.LorawanFormatException} only.
 */
package io.longwave.lorawan.region;
