package io.longwave.mac;

import io.longwave.lorawan.mac.Cid;
import io.longwave.lorawan.mac.StandardMacCommand;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * BeaconTimingReq (LoRaWAN 1.0.2 Class B; deprecated since LoRaWAN 1.0.3 §14, where devices use
 * DeviceTimeReq instead): ignored, as ChirpStack does.
 */
public final class BeaconTimingReqHandler implements MacCommandHandler {

  private static final System.Logger LOG = System.getLogger(BeaconTimingReqHandler.class.getName());

  @Override
  public Cid cid() {
    return Cid.BEACON_TIMING_REQ;
  }

  @Override
  public boolean answersRequest() {
    return false;
  }

  @Override
  public MacOutcome handle(
      MacContext context, List<StandardMacCommand> block, List<StandardMacCommand> pending) {
    LOG.log(Level.DEBUG, "deprecated BeaconTimingReq from {0} ignored", context.session().devEui());
    return MacOutcome.none();
  }
}
