package io.longwave.mac;

import io.longwave.domain.device.DeviceProfile;
import io.longwave.lorawan.region.RegionId;
import io.longwave.session.DeviceSession;
import io.longwave.testing.RecordingApplicationEvents;

/** A context on an EU868 session for the handler tests. */
final class DeviceSideHandlersFixture {

  private DeviceSideHandlersFixture() {}

  static MacContext context(DeviceSession s) {
    return context(s, MacFixture.profile(s.region()));
  }

  static MacContext context(DeviceSession s, DeviceProfile p) {
    return MacFixture.context(s, p, MacFixture.eu868Uplink(5, MacFixture.T0), 0,
        new RecordingApplicationEvents());
  }

  static DeviceSession eu868() {
    return MacFixture.session(RegionId.EU868);
  }
}
