package io.longwave.mac;

import io.longwave.lorawan.mac.RxTimingSetupReq;
import io.longwave.lorawan.mac.Cid;
import io.longwave.lorawan.mac.StandardMacCommand;
import io.longwave.session.DeviceSession;
import java.util.List;

/**
 * RXTimingSetupAns (LoRaWAN 1.0.4 §5.7): the answer accepts the pending request, whose delay
 * becomes the session's RX1 delay (Del 0 meaning 1 s). The device repeats the answer until it
 * receives a downlink, so the answer needs one.
 */
public final class RxTimingSetupAnsHandler implements MacCommandHandler {

  @Override
  public Cid cid() {
    return Cid.RX_TIMING_SETUP_ANS;
  }

  @Override
  public boolean answersRequest() {
    return true;
  }

  @Override
  public MacOutcome handle(
      MacContext context, List<StandardMacCommand> block, List<StandardMacCommand> pending) {
    DeviceSession s = context.session();
    RxTimingSetupReq req = (RxTimingSetupReq) pending.get(pending.size() - 1);
    s.rx1Delay(req.rx1DelaySeconds());
    MacErrorCounts.reset(s, req.type());
    return MacOutcome.none();
  }
}
