package io.longwave.simulator.device;

import io.longwave.lorawan.mac.DevStatusAns;
import io.longwave.lorawan.mac.DevStatusReq;
import io.longwave.lorawan.mac.DlChannelAns;
import io.longwave.lorawan.mac.DlChannelReq;
import io.longwave.lorawan.mac.DutyCycleAns;
import io.longwave.lorawan.mac.DutyCycleReq;
import io.longwave.lorawan.mac.LinkAdrAns;
import io.longwave.lorawan.mac.LinkAdrReq;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.NewChannelAns;
import io.longwave.lorawan.mac.NewChannelReq;
import io.longwave.lorawan.mac.RxParamSetupAns;
import io.longwave.lorawan.mac.RxParamSetupReq;
import io.longwave.lorawan.mac.RxTimingSetupAns;
import io.longwave.lorawan.mac.RxTimingSetupReq;
import io.longwave.lorawan.mac.TxParamSetupAns;
import io.longwave.lorawan.mac.TxParamSetupReq;
import java.util.ArrayList;
import java.util.List;

/**
 * The answers a cooperative simulated device gives to the network's MAC requests (LoRaWAN 1.1 §5):
 * it accepts every LinkADRReq, RXParamSetupReq, NewChannelReq and DlChannelReq, acknowledges
 * RXTimingSetupReq, DutyCycleReq and TxParamSetupReq, and reports external power and its link
 * margin to DevStatusReq. It does not change its radio settings. Answers (LinkCheckAns,
 * DeviceTimeAns, RekeyConf, …) need no reply. Stateless.
 */
public final class MacAnswers {

  private MacAnswers() {}

  /**
   * The uplink answers to {@code requests}, in order.
   *
   * @param marginDb the demodulation margin for DevStatusAns, clamped to -32..31
   */
  public static List<MacCommand> answer(List<MacCommand> requests, int marginDb) {
    List<MacCommand> answers = new ArrayList<>();
    for (MacCommand c : requests) {
      if (c instanceof LinkAdrReq) {
        answers.add(new LinkAdrAns(true, true, true));
      } else if (c instanceof DevStatusReq) {
        answers.add(new DevStatusAns(DevStatusAns.EXTERNAL_POWER,
            Math.max(-32, Math.min(31, marginDb))));
      } else if (c instanceof RxParamSetupReq) {
        answers.add(new RxParamSetupAns(true, true, true));
      } else if (c instanceof RxTimingSetupReq) {
        answers.add(new RxTimingSetupAns());
      } else if (c instanceof DutyCycleReq) {
        answers.add(new DutyCycleAns());
      } else if (c instanceof NewChannelReq) {
        answers.add(new NewChannelAns(true, true));
      } else if (c instanceof DlChannelReq) {
        answers.add(new DlChannelAns(true, true));
      } else if (c instanceof TxParamSetupReq) {
        answers.add(new TxParamSetupAns());
      }
    }
    return answers;
  }
}
