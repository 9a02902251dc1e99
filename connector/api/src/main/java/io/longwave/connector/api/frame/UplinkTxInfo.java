package io.longwave.connector.api.frame;

import java.io.Serializable;

/**
 * How an uplink was transmitted: frequency and modulation. Copies of one uplink heard by several
 * gateways share the same tx-info.
 *
 * @param frequencyHz centre frequency in Hz
 * @param modulation the modulation
 */
public record UplinkTxInfo(long frequencyHz, Modulation modulation) implements Serializable {}
