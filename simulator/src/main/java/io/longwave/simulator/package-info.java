/**
 * A simulator of LoRaWAN gateways and end-devices that talks the Semtech UDP packet-forwarder
 * protocol (version 2) to a running Longwave, like chirpstack-simulator: simulated gateways
 * ({@code gateway}) forward the uplinks of simulated OTAA and ABP devices ({@code device}) with
 * radio metadata, answer downlinks with TX_ACKs, and a {@code scenario} wires them together and
 * measures the latency from PUSH_DATA to PULL_RESP ({@code metrics}).
 */
package io.longwave.simulator;
