package io.longwave.application.event;

import io.longwave.lorawan.Eui64;
import java.util.UUID;

/**
 * The outcome of a confirmed downlink (ChirpStack v3 {@code ack} event): acknowledged by the
 * device, or not (a later uplink without ACK, or the timeout).
 *
 * @param devEui the device
 * @param queueItemId the queue item that was sent
 * @param acknowledged whether the device acknowledged it
 * @param fCntDown the frame counter it was sent with
 */
public record AckEvent(Eui64 devEui, UUID queueItemId, boolean acknowledged, long fCntDown) {}
