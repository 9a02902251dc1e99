/**
 * Data downlinks answering uplinks in Class A receive windows (ChirpStack {@code
 * downlink/data.rs}): the flow that picks the gateway and the windows, fills each window's frame
 * with the ACK, the MAC commands and the next queue item that fit its data rate, encrypts it with
 * the session's keys and counters, and hands it to the gateway with a context for its TX
 * acknowledgement.
 */
package io.longwave.downlink.data;
