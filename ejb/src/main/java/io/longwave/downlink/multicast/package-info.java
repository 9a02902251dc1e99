/**
 * Multicast downlinks (ChirpStack v3 {@code downlink/multicast}, LoRaWAN 1.0.4 §13 for Class B
 * multicast): the smallest gateway set covering a group's members, the plan of one enqueued
 * payload as one frame per gateway (Class C spaced in time, Class B in successive ping slots of
 * the group), and the scheduler that hands the frames to the gateways when they are due.
 */
package io.longwave.downlink.multicast;
