package io.longwave.mac;

import io.longwave.lorawan.mac.Cid;
import io.longwave.lorawan.mac.StandardMacCommand;
import io.longwave.session.DeviceSession;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * The common shape of an answer that accepts or rejects a request as a whole (NewChannelAns,
 * DlChannelAns, RXParamSetupAns, PingSlotChannelAns, BeaconFreqAns): an acceptance applies the
 * pending request to the session and clears its error count; a rejection raises the count, so
 * that the request stops after the network's limit.
 *
 * @param <Q> the request
 * @param <A> its answer
 */
abstract class AnswerHandler<Q extends StandardMacCommand, A extends StandardMacCommand>
    implements MacCommandHandler {

  private final Logger log = System.getLogger(getClass().getName());
  private final Cid cid;
  private final Class<Q> requestType;
  private final Class<A> answerType;

  AnswerHandler(Cid cid, Class<Q> requestType, Class<A> answerType) {
    this.cid = cid;
    this.requestType = requestType;
    this.answerType = answerType;
  }

  /** True when the answer accepts the request. */
  abstract boolean accepted(A answer);

  /** Applies an accepted request to the session; nothing by default. */
  void apply(MacContext context, Q request) {}

  @Override
  public final Cid cid() {
    return cid;
  }

  @Override
  public final boolean answersRequest() {
    return true;
  }

  @Override
  public final MacOutcome handle(
      MacContext context, List<StandardMacCommand> block, List<StandardMacCommand> pending) {
    DeviceSession s = context.session();
    A ans = answerType.cast(block.get(block.size() - 1));
    Q req = requestType.cast(pending.get(pending.size() - 1));
    if (accepted(ans)) {
      apply(context, req);
      MacErrorCounts.reset(s, req.type());
      log.log(Level.DEBUG, "{0} accepted by {1}", req, s.devEui());
    } else {
      MacErrorCounts.increment(s, req.type());
      log.log(Level.WARNING, "{0} rejected by {1}: {2}", req, s.devEui(), ans);
    }
    return MacOutcome.none();
  }
}
