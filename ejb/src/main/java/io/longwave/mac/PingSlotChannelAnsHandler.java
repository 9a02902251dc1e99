package io.longwave.mac;

import io.longwave.lorawan.mac.PingSlotChannelAns;
import io.longwave.lorawan.mac.PingSlotChannelReq;
import io.longwave.lorawan.mac.Cid;
import io.longwave.lorawan.mac.StandardMacCommand;
import io.longwave.session.DeviceSession;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * PingSlotChannelAns (LoRaWAN 1.0.4 §14.2): when the frequency and data rate are accepted the
 * session takes the pending request's ping-slot channel; otherwise the error count goes up.
 */
public final class PingSlotChannelAnsHandler implements MacCommandHandler {

  private static final System.Logger LOG =
      System.getLogger(PingSlotChannelAnsHandler.class.getName());

  @Override
  public Cid cid() {
    return Cid.PING_SLOT_CHANNEL_ANS;
  }

  @Override
  public boolean answersRequest() {
    return true;
  }

  @Override
  public MacOutcome handle(
      MacContext context, List<StandardMacCommand> block, List<StandardMacCommand> pending) {
    DeviceSession s = context.session();
    PingSlotChannelAns ans = (PingSlotChannelAns) block.get(block.size() - 1);
    PingSlotChannelReq req = (PingSlotChannelReq) pending.get(pending.size() - 1);
    if (ans.allOk()) {
      s.pingSlotFrequencyHz(req.frequencyHz()).pingSlotDr(req.dr());
      MacErrorCounts.reset(s, req.type());
      LOG.log(Level.DEBUG, "{0} accepted by {1}", req, s.devEui());
    } else {
      MacErrorCounts.increment(s, req.type());
      LOG.log(Level.WARNING, "{0} rejected by {1}: {2}", req, s.devEui(), ans);
    }
    return MacOutcome.none();
  }
}
