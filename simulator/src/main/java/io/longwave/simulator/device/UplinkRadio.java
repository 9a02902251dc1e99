package io.longwave.simulator.device;

/**
 * The radio settings of one uplink: channel and data rate, as the rxpk reports them and as the
 * LoRaWAN 1.1 uplink MIC needs them (TxCh, TxDr).
 *
 * @param channelIndex the index of the channel in the region's uplink channels (TxCh)
 * @param frequencyHz the channel's centre frequency
 * @param dataRate the data-rate index (TxDr)
 * @param datr the packet-forwarder data-rate string, e.g. {@code SF7BW125}
 */
public record UplinkRadio(int channelIndex, long frequencyHz, int dataRate, String datr) {}
