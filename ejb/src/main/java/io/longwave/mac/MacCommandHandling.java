package io.longwave.mac;

import io.longwave.lorawan.mac.MacCommand;
import java.util.List;

/**
 * MAC handling as the data-uplink flow sees it (ChirpStack {@code maccommand::handle_uplink} and
 * the request steps of {@code downlink::data}).
 */
public interface MacCommandHandling {

  /**
   * Handles the MAC commands an uplink carried: answers requests, pairs answers with the pending
   * requests and applies what the device accepted to the session.
   */
  MacOutcome handleUplink(MacContext context, List<MacCommand> commands);

  /**
   * The requests the network wants to send with the next downlink (ADR's LinkADRReq, a periodic
   * DevStatusReq, receive-window or channel changes), recorded as pending in the session.
   */
  List<MacCommand> requests(MacContext context);
}
