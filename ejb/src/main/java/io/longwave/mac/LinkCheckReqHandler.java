package io.longwave.mac;

import io.longwave.downlink.RadioModulations;
import io.longwave.lorawan.mac.Cid;
import io.longwave.lorawan.mac.LinkCheckAns;
import io.longwave.lorawan.mac.StandardMacCommand;
import java.util.List;

/**
 * LinkCheckReq (LoRaWAN 1.0.4 §5.2): answered with LinkCheckAns, whose margin is the best
 * reception's SNR above the demodulation floor of the uplink's spreading factor (0 when below,
 * at most 254) and whose GwCnt is the number of receptions.
 */
public final class LinkCheckReqHandler implements MacCommandHandler {

  @Override
  public Cid cid() {
    return Cid.LINK_CHECK_REQ;
  }

  @Override
  public boolean answersRequest() {
    return false;
  }

  @Override
  public MacOutcome handle(
      MacContext context, List<StandardMacCommand> block, List<StandardMacCommand> pending) {
    double snr = context.uplink().bestRxInfo().snr();
    double required = RadioModulations.requiredSnrDb(context.uplink().txInfo().modulation());
    int margin = (int) Math.max(0, Math.min(254, snr - required));
    int gwCnt = Math.min(255, context.uplink().rxInfo().size());
    return new MacOutcome(List.of(new LinkCheckAns(margin, gwCnt)), true);
  }
}
