package io.longwave.downlink.join;

import java.util.Optional;

/**
 * The join-accepts waiting for their TX acknowledgement, by downlink id. The join flow records
 * each one it sends; the TX-ack flow takes it back. Implementations may forget entries after a
 * while (ChirpStack keeps saved downlinks for a minute). Threading: implementations are
 * thread-safe.
 */
public interface JoinAcceptsSent {

  /** Remembers a join-accept sent. */
  void record(JoinAcceptSent sent);

  /** The join-accept of a downlink id, removed from the store, if it is known. */
  Optional<JoinAcceptSent> take(long downlinkId);
}
