/**
 * Inbound side of the resource adapter: the activation spec of beans implementing {@link
 * io.longwave.connector.api.GatewayEventListener} and the queued, multi-worker delivery of gateway
 * events to them.
 */
package io.longwave.connector.inbound;
