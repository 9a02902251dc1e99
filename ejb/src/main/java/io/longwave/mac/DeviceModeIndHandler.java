package io.longwave.mac;

import io.longwave.domain.device.DeviceClass;
import io.longwave.lorawan.mac.Cid;
import io.longwave.lorawan.mac.DeviceModeConf;
import io.longwave.lorawan.mac.DeviceModeInd;
import io.longwave.lorawan.mac.StandardMacCommand;
import java.util.List;

/**
 * DeviceModeInd (LoRaWAN 1.1 §18.1, Class C): the device switches to Class A or C; the session
 * follows and DeviceModeConf echoes the class. Other (RFU) class values leave the session as it
 * is and are echoed unchanged, as ChirpStack does.
 */
public final class DeviceModeIndHandler implements MacCommandHandler {

  @Override
  public Cid cid() {
    return Cid.DEVICE_MODE_IND;
  }

  @Override
  public boolean answersRequest() {
    return false;
  }

  @Override
  public MacOutcome handle(
      MacContext context, List<StandardMacCommand> block, List<StandardMacCommand> pending) {
    DeviceModeInd ind = (DeviceModeInd) block.get(block.size() - 1);
    if (ind.classA()) {
      context.session().deviceClass(DeviceClass.A);
    } else if (ind.classC()) {
      context.session().deviceClass(DeviceClass.C);
    }
    return new MacOutcome(List.of(new DeviceModeConf(ind.deviceClass())), true);
  }
}
