/**
 * The resource adapter: its life cycle, the running {@link io.longwave.connector.GatewayBridge}
 * that owns the gateway backends, and the wiring of backends to message-driven beans.
 */
package io.longwave.connector;
