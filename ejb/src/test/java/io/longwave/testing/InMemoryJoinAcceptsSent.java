package io.longwave.testing;

import io.longwave.downlink.join.JoinAcceptSent;
import io.longwave.downlink.join.JoinAcceptsSent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Join-accepts sent, in a map by downlink id. */
public final class InMemoryJoinAcceptsSent implements JoinAcceptsSent {

  private final ConcurrentHashMap<Long, JoinAcceptSent> sent = new ConcurrentHashMap<>();

  @Override
  public void record(JoinAcceptSent s) {
    sent.put(s.downlinkId(), s);
  }

  @Override
  public void forget(long downlinkId) {
    sent.remove(downlinkId);
  }

  /** The join-accept of a downlink id, removed, if it is recorded. */
  public Optional<JoinAcceptSent> take(long downlinkId) {
    return Optional.ofNullable(sent.remove(downlinkId));
  }

  /** Everything recorded and not yet taken. */
  public List<JoinAcceptSent> all() {
    return List.copyOf(sent.values());
  }
}
