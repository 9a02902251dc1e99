package io.longwave.mac;

import io.longwave.lorawan.mac.TxParamSetupReq;
import io.longwave.lorawan.mac.Cid;
import io.longwave.lorawan.mac.StandardMacCommand;
import io.longwave.session.DeviceSession;
import java.util.List;

/**
 * TxParamSetupAns (LoRaWAN 1.0.4 §5.9, AS923 and AU915): the answer accepts the pending
 * request, whose uplink and downlink dwell-time limits the session takes.
 */
public final class TxParamSetupAnsHandler implements MacCommandHandler {

  @Override
  public Cid cid() {
    return Cid.TX_PARAM_SETUP_ANS;
  }

  @Override
  public boolean answersRequest() {
    return true;
  }

  @Override
  public MacOutcome handle(
      MacContext context, List<StandardMacCommand> block, List<StandardMacCommand> pending) {
    DeviceSession s = context.session();
    TxParamSetupReq req = (TxParamSetupReq) pending.get(pending.size() - 1);
    s.uplinkDwellTime400ms(req.uplinkDwellTime()).downlinkDwellTime400ms(req.downlinkDwellTime());
    MacErrorCounts.reset(s, req.type());
    return MacOutcome.none();
  }
}
