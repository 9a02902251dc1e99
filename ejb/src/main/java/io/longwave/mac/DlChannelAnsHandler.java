package io.longwave.mac;

import io.longwave.lorawan.mac.DlChannelAns;
import io.longwave.lorawan.mac.DlChannelReq;
import io.longwave.lorawan.mac.Cid;
import io.longwave.lorawan.mac.StandardMacCommand;
import io.longwave.session.DeviceSession;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * DlChannelAns (LoRaWAN 1.0.4 §5.8): an acceptance clears the request's error count, a rejection
 * raises it. The session keeps no downlink frequencies, so nothing else changes. The device
 * repeats the answer until it receives a downlink.
 */
public final class DlChannelAnsHandler implements MacCommandHandler {

  private static final System.Logger LOG = System.getLogger(DlChannelAnsHandler.class.getName());

  @Override
  public Cid cid() {
    return Cid.DL_CHANNEL_ANS;
  }

  @Override
  public boolean answersRequest() {
    return true;
  }

  @Override
  public MacOutcome handle(
      MacContext context, List<StandardMacCommand> block, List<StandardMacCommand> pending) {
    DeviceSession s = context.session();
    DlChannelAns ans = (DlChannelAns) block.get(block.size() - 1);
    DlChannelReq req = (DlChannelReq) pending.get(pending.size() - 1);
    if (ans.allOk()) {
      // the session keeps no downlink channel table: RX1 follows the region's plan
      MacErrorCounts.reset(s, req.type());
      LOG.log(Level.DEBUG, "{0} accepted by {1}", req, s.devEui());
    } else {
      MacErrorCounts.increment(s, req.type());
      LOG.log(Level.WARNING, "{0} rejected by {1}: {2}", req, s.devEui(), ans);
    }
    return MacOutcome.none();
  }
}
