/**
 * The public contract of the Longwave gateway bridge: the {@link
 * io.longwave.connector.api.GatewayEventListener} that message-driven beans implement, and the
 * {@link io.longwave.connector.api.GatewayConnectionFactory} through which application
 * components send downlinks and configure the bridge.
 */
package io.longwave.connector.api;
