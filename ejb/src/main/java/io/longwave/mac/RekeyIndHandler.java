package io.longwave.mac;

import io.longwave.lorawan.mac.Cid;
import io.longwave.lorawan.mac.RekeyConf;
import io.longwave.lorawan.mac.RekeyInd;
import io.longwave.lorawan.mac.StandardMacCommand;
import java.util.List;

/**
 * RekeyInd (LoRaWAN 1.1 §5.10, OTAA devices after a join): answered with RekeyConf carrying the
 * lower of the device's minor version and the network's (1, LoRaWAN 1.1). The device repeats
 * RekeyInd until it receives the answer.
 */
public final class RekeyIndHandler implements MacCommandHandler {

  @Override
  public Cid cid() {
    return Cid.REKEY_IND;
  }

  @Override
  public boolean answersRequest() {
    return false;
  }

  @Override
  public MacOutcome handle(
      MacContext context, List<StandardMacCommand> block, List<StandardMacCommand> pending) {
    RekeyInd ind = (RekeyInd) block.get(block.size() - 1);
    return new MacOutcome(
        List.of(new RekeyConf(Math.min(ind.minor(), RekeyConf.LORAWAN_1_1))), true);
  }
}
