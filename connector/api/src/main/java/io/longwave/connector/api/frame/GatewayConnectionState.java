package io.longwave.connector.api.frame;

import java.io.Serializable;

/**
 * A gateway came online or went offline (ChirpStack {@code state/conn}; for Semtech UDP, the first
 * PULL_DATA and the registry time-out).
 *
 * @param gatewayId the gateway
 * @param online true when it is connected
 */
public record GatewayConnectionState(GatewayId gatewayId, boolean online) implements Serializable {}
