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
 */
public record SessionMatch(
    DeviceSession session, Region region, long fullFCnt, int uplinkDr, int uplinkChannel) {}
