/**
 * The downlink path: what the network server sends to devices (Class A responses, Class B and C
 * downlinks, join-accepts), through which gateway and when, and what happens when the gateway
 * acknowledges it.
 */
package io.longwave.downlink;
