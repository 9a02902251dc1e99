package io.longwave.mac;

import io.longwave.lorawan.mac.RxParamSetupAns;
import io.longwave.lorawan.mac.RxParamSetupReq;
import io.longwave.lorawan.mac.Cid;

/**
 * RXParamSetupAns (LoRaWAN 1.0.4 §5.4): when every ack bit is set the session takes the pending
 * request's RX1DROffset, RX2 data rate and frequency; otherwise the error count goes up. The
 * device repeats the answer until it receives a downlink, so the answer needs one.
 */
public final class RxParamSetupAnsHandler extends AnswerHandler<RxParamSetupReq, RxParamSetupAns> {

  public RxParamSetupAnsHandler() {
    super(Cid.RX_PARAM_SETUP_ANS, RxParamSetupReq.class, RxParamSetupAns.class);
  }

  @Override
  boolean accepted(RxParamSetupAns ans) {
    return ans.allAcked();
  }

  @Override
  void apply(MacContext context, RxParamSetupReq req) {
    context.session().rx1DrOffset(req.rx1DrOffset()).rx2Dr(req.rx2DataRate())
        .rx2FrequencyHz(req.frequencyHz());
  }
}
