package io.longwave.application.event;

import io.longwave.connector.api.frame.GatewayId;
import io.longwave.lorawan.Eui64;
import java.util.UUID;

/**
 * A gateway transmitted a downlink of the application's (ChirpStack v3 {@code txack} event).
 *
 * @param devEui the device
 * @param queueItemId the queue item
 * @param fCntDown the frame counter it was sent with
 * @param gatewayId the gateway that sent it
 */
public record TxAckEvent(Eui64 devEui, UUID queueItemId, long fCntDown, GatewayId gatewayId) {}
