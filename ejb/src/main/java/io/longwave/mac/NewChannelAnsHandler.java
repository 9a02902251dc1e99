package io.longwave.mac;

import io.longwave.lorawan.mac.NewChannelAns;
import io.longwave.lorawan.mac.NewChannelReq;
import io.longwave.lorawan.mac.Cid;

/**
 * NewChannelAns (LoRaWAN 1.0.4 §5.6): when the data-rate range and frequency are accepted the
 * session takes the pending request's channel (or drops it for frequency 0); otherwise the error
 * count goes up.
 */
public final class NewChannelAnsHandler extends AnswerHandler<NewChannelReq, NewChannelAns> {

  public NewChannelAnsHandler() {
    super(Cid.NEW_CHANNEL_ANS, NewChannelReq.class, NewChannelAns.class);
  }

  @Override
  boolean accepted(NewChannelAns ans) {
    return ans.allOk();
  }

  @Override
  void apply(MacContext context, NewChannelReq req) {
    NewChannels.apply(context, req);
  }
}
