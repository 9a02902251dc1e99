package io.longwave.application.event;

import io.longwave.lorawan.Eui64;

/**
 * A DevStatusAns (ChirpStack v3 {@code status} event).
 *
 * @param devEui the device
 * @param margin the demodulation margin in dB
 * @param externalPowerSource battery level 0: on external power
 * @param batteryLevelUnavailable battery level 255: the device cannot measure it
 * @param batteryLevel the battery level in percent (1..254 scaled to 0..100), or -1
 */
public record StatusEvent(
    Eui64 devEui,
    int margin,
    boolean externalPowerSource,
    boolean batteryLevelUnavailable,
    float batteryLevel) {}
