package io.longwave.uplink.data;

import io.longwave.lorawan.region.Region;
import io.longwave.session.DeviceSession;

/**
 * The session whose keys give an uplink's MIC, with what the match established.
 *
 * @param session the session (the flow's working copy)
 * @param region the session's region
 * @param fullFCnt the full 32-bit FCntUp the MIC was valid with
 * @param uplinkDr the uplink's DR index in that region, or {@link UplinkRadio#UNKNOWN}
 * @param uplinkChannel the uplink's channel index, or {@link UplinkRadio#UNKNOWN}
 * @param owner when {@code session} is a pending rejoin session (LoRaWAN 1.1 §6.2.4), the stored
 *     session it is pending in; otherwise null
 */
public record SessionMatch(
    DeviceSession session, Region region, long fullFCnt, int uplinkDr, int uplinkChannel,
    DeviceSession owner) {

  /** A match of a session in use. */
  public SessionMatch(
      DeviceSession session, Region region, long fullFCnt, int uplinkDr, int uplinkChannel) {
    this(session, region, fullFCnt, uplinkDr, uplinkChannel, null);
  }

  /** True when the uplink is the device's first under its pending rejoin session. */
  public boolean pendingRejoin() {
    return owner != null;
  }
}
