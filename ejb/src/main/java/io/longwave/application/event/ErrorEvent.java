package io.longwave.application.event;

import io.longwave.lorawan.Eui64;

/**
 * Something about a device went wrong that its application should know (ChirpStack v3 {@code
 * error} event): a downlink too large for the data rate, an uplink with a replayed counter…
 *
 * @param devEui the device
 * @param type ChirpStack's error type, e.g. {@code UPLINK_FCNT}, {@code DOWNLINK_PAYLOAD_SIZE},
 *     {@code UPLINK_FCNT_RETRANSMISSION}, {@code DOWNLINK_GATEWAY}
 * @param error a description for people
 * @param fCnt the frame counter concerned, or -1
 */
public record ErrorEvent(Eui64 devEui, String type, String error, long fCnt) {}
