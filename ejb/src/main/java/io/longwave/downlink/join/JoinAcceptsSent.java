package io.longwave.downlink.join;

/**
 * Where the join flow records the join-accepts it hands to gateways, by downlink id, so that the
 * TX acknowledgement can be matched to the device (ChirpStack saves the downlink frame for the
 * same purpose). Implementations may forget entries after a while (ChirpStack keeps saved
 * downlinks for a minute). Threading: implementations are thread-safe.
 */
public interface JoinAcceptsSent {

  /** Remembers a join-accept about to be sent. */
  void record(JoinAcceptSent sent);

  /** Forgets the join-accept of a downlink id: it was not sent after all. */
  void forget(long downlinkId);
}
