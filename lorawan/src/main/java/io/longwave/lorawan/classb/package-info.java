/**
 * Class B timing for the network server (LoRaWAN 1.0.4 §12-§13, LoRaWAN 1.1 §13-§15, RP002-1.0.3
 * beacon settings): {@link io.longwave.lorawan.classb.GpsTime} converts between UTC instants and
 * time since the GPS epoch with the leap-second table and finds the start of a beacon period;
 * {@link io.longwave.lorawan.classb.PingSlot} computes the pseudo-random pingOffset of a device and
 * the GPS-epoch times of its ping slots, including the next slot after a given time; {@link
 * io.longwave.lorawan.classb.BeaconPayload} encodes and decodes the beacon frame with its two
 * CRC-16 fields in the region-dependent {@link io.longwave.lorawan.classb.BeaconFormat}. Everything
 * here is pure computation without I/O; values are immutable and thread-safe, and bad input is
 * reported with {@link io.longwave.lorawan.LorawanFormatException} only.
 */
package io.longwave.lorawan.classb;
