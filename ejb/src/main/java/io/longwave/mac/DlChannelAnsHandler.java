package io.longwave.mac;

import io.longwave.lorawan.mac.DlChannelAns;
import io.longwave.lorawan.mac.DlChannelReq;
import io.longwave.lorawan.mac.Cid;

/**
 * DlChannelAns (LoRaWAN 1.0.4 §5.8): an acceptance clears the request's error count, a rejection
 * raises it. The session keeps no downlink frequencies, so nothing else changes. The device
 * repeats the answer until it receives a downlink.
 */
public final class DlChannelAnsHandler extends AnswerHandler<DlChannelReq, DlChannelAns> {

  public DlChannelAnsHandler() {
    super(Cid.DL_CHANNEL_ANS, DlChannelReq.class, DlChannelAns.class);
  }

  @Override
  boolean accepted(DlChannelAns ans) {
    return ans.allOk();
  }
}
