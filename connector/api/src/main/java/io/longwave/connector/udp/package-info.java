/**
 * The Semtech UDP packet-forwarder gateway backend: the receive loop, the downlink route of each
 * gateway, downlinks waiting for their TX_ACK, and the translation between the forwarder's JSON
 * and the transport-neutral frame records.
 */
package io.longwave.connector.udp;
