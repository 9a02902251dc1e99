package io.longwave.connector.api.frame;

/**
 * FSK modulation parameters.
 *
 * @param frequencyDeviationHz frequency deviation in Hz
 * @param datarateBps bit rate in bits per second
 */
public record FskModulation(int frequencyDeviationHz, int datarateBps) implements Modulation {}
