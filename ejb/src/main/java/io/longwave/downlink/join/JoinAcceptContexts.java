package io.longwave.downlink.join;

import io.longwave.downlink.DownlinkContext;
import io.longwave.downlink.DownlinkContextRepository;
import java.util.Objects;

/**
 * {@link JoinAcceptsSent} in the downlink contexts that data and multicast downlinks use: a
 * join-accept's context ({@link DownlinkContext#joinAccept}) is shared like theirs, so the TX
 * acknowledgement is matched by whichever network-server instance handles it ({@code
 * TxAckFlow}), and expires like theirs when it never comes. Threading: thread-safe if the
 * repository is.
 */
public final class JoinAcceptContexts implements JoinAcceptsSent {

  private final DownlinkContextRepository contexts;

  public JoinAcceptContexts(DownlinkContextRepository contexts) {
    this.contexts = Objects.requireNonNull(contexts, "contexts");
  }

  @Override
  public void record(JoinAcceptSent sent) {
    contexts.save(DownlinkContext.joinAccept(sent.downlinkId(), sent.devEui(), sent.sentAt()));
  }

  @Override
  public void forget(long downlinkId) {
    contexts.take(downlinkId);
  }
}
