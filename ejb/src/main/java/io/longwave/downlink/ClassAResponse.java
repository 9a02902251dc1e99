package io.longwave.downlink;

import io.longwave.domain.device.DeviceProfile;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.session.DeviceSession;
import io.longwave.uplink.UplinkFrameSet;
import java.util.List;

/**
 * The answer a data uplink may get in its receive windows, as the uplink flow hands it on.
 *
 * @param session the session as saved after the uplink
 * @param profile the device's profile
 * @param uplink the uplink answered
 * @param uplinkDr its data rate
 * @param ack the uplink was confirmed: the answer carries ACK
 * @param macCommands MAC answers and requests to send, in order
 * @param mustSend send even with no queue item (ACK, MAC answers that need it, ADRACKReq)
 */
public record ClassAResponse(
    DeviceSession session,
    DeviceProfile profile,
    UplinkFrameSet uplink,
    int uplinkDr,
    boolean ack,
    List<MacCommand> macCommands,
    boolean mustSend) {

  public ClassAResponse {
    macCommands = List.copyOf(macCommands);
  }
}
