package io.longwave.mac;

import io.longwave.lorawan.mac.NewChannelAns;
import io.longwave.lorawan.mac.NewChannelReq;
import io.longwave.lorawan.mac.Cid;
import io.longwave.lorawan.mac.StandardMacCommand;
import io.longwave.session.DeviceSession;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * NewChannelAns (LoRaWAN 1.0.4 §5.6): when the data-rate range and frequency are accepted the
 * session takes the pending request's channel (or drops it for frequency 0); otherwise the error
 * count goes up.
 */
public final class NewChannelAnsHandler implements MacCommandHandler {

  private static final System.Logger LOG = System.getLogger(NewChannelAnsHandler.class.getName());

  @Override
  public Cid cid() {
    return Cid.NEW_CHANNEL_ANS;
  }

  @Override
  public boolean answersRequest() {
    return true;
  }

  @Override
  public MacOutcome handle(
      MacContext context, List<StandardMacCommand> block, List<StandardMacCommand> pending) {
    DeviceSession s = context.session();
    NewChannelAns ans = (NewChannelAns) block.get(block.size() - 1);
    NewChannelReq req = (NewChannelReq) pending.get(pending.size() - 1);
    if (ans.allOk()) {
      NewChannels.apply(context, req);
      MacErrorCounts.reset(s, req.type());
      LOG.log(Level.DEBUG, "{0} accepted by {1}", req, s.devEui());
    } else {
      MacErrorCounts.increment(s, req.type());
      LOG.log(Level.WARNING, "{0} rejected by {1}: {2}", req, s.devEui(), ans);
    }
    return MacOutcome.none();
  }
}
