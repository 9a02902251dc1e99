/**
 * LoRaWAN MAC commands (LoRaWAN 1.0.4 §5, LoRaWAN 1.1 §5, Class B §14 and Class C §18): one
 * immutable record per command and direction, the {@link io.longwave.lorawan.mac.Cid} table, and
 * {@link io.longwave.lorawan.mac.MacCommandCodec}, which turns FOpts or an FPort 0 FRMPayload into
 * a list of commands and back. Records validate their field ranges in their constructors and keep
 * RFU bits as received, so decoding and encoding again reproduces the bytes. Bad input is reported
 * with {@link io.longwave.lorawan.LorawanFormatException} only. Everything here is pure, immutable
 * and safe to share between threads.
 */
package io.longwave.lorawan.mac;
