package io.longwave.uplink.data;

import io.longwave.lorawan.PhyPayload;
import io.longwave.uplink.UplinkFrameSet;

/**
 * Where the uplink router hands join-requests (LoRaWAN 1.0.4 §6.2.2, 1.1 §6.2.2): the join flow
 * validates the MIC and DevNonce and answers with a join-accept.
 */
@FunctionalInterface
public interface JoinRequests {

  /**
   * Handles one join-request.
   *
   * @param uplink the frame set with every reception
   * @param phyPayload its decoded PHYPayload (MType JoinRequest)
   */
  void handle(UplinkFrameSet uplink, PhyPayload phyPayload);
}
