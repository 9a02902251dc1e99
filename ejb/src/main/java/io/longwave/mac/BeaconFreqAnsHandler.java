package io.longwave.mac;

import io.longwave.lorawan.mac.BeaconFreqAns;
import io.longwave.lorawan.mac.BeaconFreqReq;
import io.longwave.lorawan.mac.Cid;

/**
 * BeaconFreqAns (LoRaWAN 1.0.4 §14.4): an acceptance clears the request's error count, a
 * rejection raises it. The session keeps no beacon frequency, so nothing else changes.
 */
public final class BeaconFreqAnsHandler extends AnswerHandler<BeaconFreqReq, BeaconFreqAns> {

  public BeaconFreqAnsHandler() {
    super(Cid.BEACON_FREQ_ANS, BeaconFreqReq.class, BeaconFreqAns.class);
  }

  @Override
  boolean accepted(BeaconFreqAns ans) {
    return ans.beaconFrequencyOk();
  }
}
