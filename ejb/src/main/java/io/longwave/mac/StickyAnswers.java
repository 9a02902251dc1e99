package io.longwave.mac;

import io.longwave.lorawan.mac.Cid;

/**
 * The answers a device repeats in every uplink until it receives a downlink (LoRaWAN 1.0.4 §5.4
 * RXParamSetupAns, §5.7 RXTimingSetupAns, §5.8 DlChannelAns): each needs a downlink even when
 * nothing else is to be sent, and even when its request was handled already.
 */
final class StickyAnswers {

  private StickyAnswers() {}

  static boolean needDownlink(Cid cid) {
    return cid == Cid.RX_PARAM_SETUP_ANS
        || cid == Cid.RX_TIMING_SETUP_ANS
        || cid == Cid.DL_CHANNEL_ANS;
  }
}
