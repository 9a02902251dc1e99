/**
 * Outbound side of the resource adapter: the JCA connection factory, managed connection and
 * handle through which application components send downlinks and configure the bridge.
 */
package io.longwave.connector.outbound;
