package io.longwave.uplink.data;

/**
 * What ADR needs to know of one uplink (ChirpStack's {@code UplinkAdrHistory}): its counter,
 * the best SNR and RSSI among the gateways that heard it, the TX power index the device used, and
 * how many gateways heard it.
 *
 * @param fCnt the full 32-bit FCntUp
 * @param maxSnrDb the best SNR in dB
 * @param maxRssiDbm the best RSSI in dBm
 * @param txPowerIndex the session's TX power index at the time
 * @param gatewayCount how many receptions the uplink had
 */
public record UplinkMetrics(
    long fCnt, double maxSnrDb, int maxRssiDbm, int txPowerIndex, int gatewayCount) {}
