/**
 * The gateway backends' common ground: the {@link io.longwave.connector.backend.GatewayBackend}
 * role that the Semtech UDP and MQTT backends play, the {@link
 * io.longwave.connector.backend.GatewayEventSink} they feed, and the counters and rate-limited drop
 * log every backend uses for bad input.
 */
package io.longwave.connector.backend;
