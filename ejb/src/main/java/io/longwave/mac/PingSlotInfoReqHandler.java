package io.longwave.mac;

import io.longwave.lorawan.mac.Cid;
import io.longwave.lorawan.mac.PingSlotInfoAns;
import io.longwave.lorawan.mac.PingSlotInfoReq;
import io.longwave.lorawan.mac.StandardMacCommand;
import java.util.List;

/**
 * PingSlotInfoReq (LoRaWAN 1.0.4 §14.1): the device's Class B periodicity sets the session's
 * pingNb (2^(7 - periodicity)), and PingSlotInfoAns confirms it.
 */
public final class PingSlotInfoReqHandler implements MacCommandHandler {

  @Override
  public Cid cid() {
    return Cid.PING_SLOT_INFO_REQ;
  }

  @Override
  public boolean answersRequest() {
    return false;
  }

  @Override
  public MacOutcome handle(
      MacContext context, List<StandardMacCommand> block, List<StandardMacCommand> pending) {
    PingSlotInfoReq req = (PingSlotInfoReq) block.get(block.size() - 1);
    context.session().pingSlotNb(req.pingNb());
    return new MacOutcome(List.of(new PingSlotInfoAns()), true);
  }
}
