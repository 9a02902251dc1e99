package io.longwave.mac;

import io.longwave.lorawan.mac.BeaconFreqAns;
import io.longwave.lorawan.mac.BeaconFreqReq;
import io.longwave.lorawan.mac.Cid;
import io.longwave.lorawan.mac.StandardMacCommand;
import io.longwave.session.DeviceSession;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * BeaconFreqAns (LoRaWAN 1.0.4 §14.4): an acceptance clears the request's error count, a
 * rejection raises it. The session keeps no beacon frequency, so nothing else changes.
 */
public final class BeaconFreqAnsHandler implements MacCommandHandler {

  private static final System.Logger LOG = System.getLogger(BeaconFreqAnsHandler.class.getName());

  @Override
  public Cid cid() {
    return Cid.BEACON_FREQ_ANS;
  }

  @Override
  public boolean answersRequest() {
    return true;
  }

  @Override
  public MacOutcome handle(
      MacContext context, List<StandardMacCommand> block, List<StandardMacCommand> pending) {
    DeviceSession s = context.session();
    BeaconFreqAns ans = (BeaconFreqAns) block.get(block.size() - 1);
    BeaconFreqReq req = (BeaconFreqReq) pending.get(pending.size() - 1);
    if (ans.beaconFrequencyOk()) {
      // the session keeps no beacon frequency: beacons follow the region's plan
      MacErrorCounts.reset(s, req.type());
      LOG.log(Level.DEBUG, "{0} accepted by {1}", req, s.devEui());
    } else {
      MacErrorCounts.increment(s, req.type());
      LOG.log(Level.WARNING, "{0} rejected by {1}: {2}", req, s.devEui(), ans);
    }
    return MacOutcome.none();
  }
}
