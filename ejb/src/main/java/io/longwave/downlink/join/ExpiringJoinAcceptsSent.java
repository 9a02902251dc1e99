package io.longwave.downlink.join;

import io.longwave.infrastructure.memory.ExpiringStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Join-accepts sent, kept in memory until their TX acknowledgement or for 30 s (longer than the
 * 6 s of JOIN_ACCEPT_DELAY2 plus a gateway's answer).
 */
public final class ExpiringJoinAcceptsSent implements JoinAcceptsSent {

  private final ExpiringStore<Long, JoinAcceptSent> sent;

  public ExpiringJoinAcceptsSent(Clock clock, Duration ttl) {
    this.sent = new ExpiringStore<>(clock, ttl);
  }

  public ExpiringJoinAcceptsSent() {
    this(Clock.systemUTC(), Duration.ofSeconds(30));
  }

  @Override
  public void record(JoinAcceptSent s) {
    sent.put(s.downlinkId(), s);
  }

  @Override
  public Optional<JoinAcceptSent> take(long downlinkId) {
    return sent.take(downlinkId);
  }
}
