package io.longwave.mac;

import io.longwave.lorawan.mac.DutyCycleReq;
import io.longwave.lorawan.mac.Cid;
import io.longwave.lorawan.mac.StandardMacCommand;
import io.longwave.session.DeviceSession;
import java.util.List;

/**
 * DutyCycleAns (LoRaWAN 1.0.4 §5.4): the answer accepts the pending request; the session keeps
 * no duty-cycle limit, so only the error count is cleared.
 */
public final class DutyCycleAnsHandler implements MacCommandHandler {

  @Override
  public Cid cid() {
    return Cid.DUTY_CYCLE_ANS;
  }

  @Override
  public boolean answersRequest() {
    return true;
  }

  @Override
  public MacOutcome handle(
      MacContext context, List<StandardMacCommand> block, List<StandardMacCommand> pending) {
    DeviceSession s = context.session();
    DutyCycleReq req = (DutyCycleReq) pending.get(pending.size() - 1);
    // the aggregated duty cycle is the device's to enforce
    MacErrorCounts.reset(s, req.type());
    return MacOutcome.none();
  }
}
