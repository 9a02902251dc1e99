package io.longwave.connector.api.frame;

import java.io.Serializable;

/** The modulation of a radio frame: LoRa, FSK or LR-FHSS (ChirpStack gw.proto {@code Modulation}). */
public sealed interface Modulation extends Serializable
    permits LoraModulation, FskModulation, LrFhssModulation {}
