package io.longwave.mac;

import io.longwave.lorawan.mac.RxParamSetupAns;
import io.longwave.lorawan.mac.RxParamSetupReq;
import io.longwave.lorawan.mac.Cid;
import io.longwave.lorawan.mac.StandardMacCommand;
import io.longwave.session.DeviceSession;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * RXParamSetupAns (LoRaWAN 1.0.4 §5.4): when every ack bit is set the session takes the pending
 * request's RX1DROffset, RX2 data rate and frequency; otherwise the error count goes up. The
 * device repeats the answer until it receives a downlink, so the answer needs one.
 */
public final class RxParamSetupAnsHandler implements MacCommandHandler {

  private static final System.Logger LOG = System.getLogger(RxParamSetupAnsHandler.class.getName());

  @Override
  public Cid cid() {
    return Cid.RX_PARAM_SETUP_ANS;
  }

  @Override
  public boolean answersRequest() {
    return true;
  }

  @Override
  public MacOutcome handle(
      MacContext context, List<StandardMacCommand> block, List<StandardMacCommand> pending) {
    DeviceSession s = context.session();
    RxParamSetupAns ans = (RxParamSetupAns) block.get(block.size() - 1);
    RxParamSetupReq req = (RxParamSetupReq) pending.get(pending.size() - 1);
    if (ans.allAcked()) {
      s.rx1DrOffset(req.rx1DrOffset()).rx2Dr(req.rx2DataRate()).rx2FrequencyHz(req.frequencyHz());
      MacErrorCounts.reset(s, req.type());
      LOG.log(Level.DEBUG, "{0} accepted by {1}", req, s.devEui());
    } else {
      MacErrorCounts.increment(s, req.type());
      LOG.log(Level.WARNING, "{0} rejected by {1}: {2}", req, s.devEui(), ans);
    }
    return MacOutcome.none();
  }
}
