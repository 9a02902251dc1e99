package io.longwave.mac;

import io.longwave.application.event.ApplicationEvents;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.lorawan.region.Region;
import io.longwave.network.NetworkSettings;
import io.longwave.session.DeviceSession;
import io.longwave.uplink.UplinkFrameSet;
import java.time.Instant;

/**
 * What MAC handling works with for one uplink. The session is the flow's working copy: handlers
 * change it, and the flow saves it.
 *
 * @param session the device's session (changed in place)
 * @param profile the device's profile
 * @param region the device's region
 * @param uplink the uplink the commands came with
 * @param uplinkDr the uplink's data rate
 * @param settings the network settings
 * @param events where status events go
 * @param now the time of handling
 */
public record MacContext(
    DeviceSession session,
    DeviceProfile profile,
    Region region,
    UplinkFrameSet uplink,
    int uplinkDr,
    NetworkSettings settings,
    ApplicationEvents events,
    Instant now) {}
