/**
 * The join-accept downlink (LoRaWAN 1.0.4 §6.2.6, LoRaWAN 1.1 §6.2.3; ChirpStack {@code
 * downlink/join.rs}): the join-accept is given its MIC and encrypted, sent through the best
 * gateway as one downlink with an RX1 item after JOIN_ACCEPT_DELAY1 and an RX2 item after
 * JOIN_ACCEPT_DELAY2, and remembered by downlink id so that its TX acknowledgement finds the
 * device.
 */
package io.longwave.downlink.join;
