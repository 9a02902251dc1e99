package io.longwave.lorawan.region;

/**
 * The physical layer of a data rate (RP002-1.0.3 §2.x.3 "Data rate and end-device output power
 * encoding"): LoRa, FSK or LR-FHSS. Records compare by value, so a modulation built from a
 * gateway's rx-info can be looked up with {@link Region#uplinkDataRateIndex(Modulation)}.
 */
public sealed interface Modulation permits LoraModulation, FskModulation, LrFhssModulation {}
