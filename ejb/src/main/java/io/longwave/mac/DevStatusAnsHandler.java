package io.longwave.mac;

import io.longwave.application.event.StatusEvent;
import io.longwave.lorawan.mac.Cid;
import io.longwave.lorawan.mac.DevStatusAns;
import io.longwave.lorawan.mac.StandardMacCommand;
import java.util.List;

/**
 * DevStatusAns (LoRaWAN 1.0.4 §5.5): the battery level and demodulation margin go to the session
 * and, as a status event, to the application (battery 1 to 254 scaled to percent, as ChirpStack).
 */
public final class DevStatusAnsHandler implements MacCommandHandler {

  @Override
  public Cid cid() {
    return Cid.DEV_STATUS_ANS;
  }

  @Override
  public boolean answersRequest() {
    return true;
  }

  @Override
  public MacOutcome handle(
      MacContext context, List<StandardMacCommand> block, List<StandardMacCommand> pending) {
    DevStatusAns ans = (DevStatusAns) block.get(block.size() - 1);
    context.session().battery(ans.battery()).margin(ans.margin());
    float level =
        ans.externalPower() || ans.batteryLevelUnknown() ? -1f : ans.battery() / 254f * 100f;
    context.events().statusReported(
        new StatusEvent(
            context.session().devEui(),
            ans.margin(),
            ans.externalPower(),
            ans.batteryLevelUnknown(),
            level));
    return MacOutcome.none();
  }
}
