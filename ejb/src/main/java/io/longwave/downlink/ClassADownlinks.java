package io.longwave.downlink;

/**
 * Sends the Class A answer of an uplink (ChirpStack {@code downlink::data::handle_response}):
 * MAC commands, the next queue item and the ACK, in RX1 with RX2 as fallback, through the best
 * gateway. Called once the "get downlink data" delay after the uplink has passed.
 */
public interface ClassADownlinks {

  void respond(ClassAResponse response);
}
