package io.longwave.uplink.data;

import io.longwave.lorawan.PhyPayload;
import io.longwave.uplink.UplinkFrameSet;

/** Where the uplink router hands LoRaWAN 1.1 rejoin-requests (LoRaWAN 1.1 §6.2.4). */
@FunctionalInterface
public interface RejoinRequests {

  /**
   * Handles one rejoin-request.
   *
   * @param uplink the frame set with every reception
   * @param phyPayload its decoded PHYPayload (MType RejoinRequest)
   */
  void handle(UplinkFrameSet uplink, PhyPayload phyPayload);
}
