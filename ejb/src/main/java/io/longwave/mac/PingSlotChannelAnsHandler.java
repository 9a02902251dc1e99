package io.longwave.mac;

import io.longwave.lorawan.mac.PingSlotChannelAns;
import io.longwave.lorawan.mac.PingSlotChannelReq;
import io.longwave.lorawan.mac.Cid;

/**
 * PingSlotChannelAns (LoRaWAN 1.0.4 §14.2): when the frequency and data rate are accepted the
 * session takes the pending request's ping-slot channel; otherwise the error count goes up.
 */
public final class PingSlotChannelAnsHandler extends AnswerHandler<PingSlotChannelReq, PingSlotChannelAns> {

  public PingSlotChannelAnsHandler() {
    super(Cid.PING_SLOT_CHANNEL_ANS, PingSlotChannelReq.class, PingSlotChannelAns.class);
  }

  @Override
  boolean accepted(PingSlotChannelAns ans) {
    return ans.allOk();
  }

  @Override
  void apply(MacContext context, PingSlotChannelReq req) {
    context.session().pingSlotFrequencyHz(req.frequencyHz()).pingSlotDr(req.dr());
  }
}
