package io.longwave.api.device;

import io.longwave.domain.device.DeviceLocation;
import io.longwave.domain.device.DeviceLocationRepository;
import io.longwave.framelog.DeviceState;
import io.longwave.framelog.FrameLog;
import io.longwave.lorawan.Eui64;
import io.longwave.network.NetworkServer;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * What the device resources read from the running network server: a device's state (session,
 * last uplink, DevStatusAns) and the frame log; and the last location the geolocation service
 * resolved. The callers check access first. Overridable for tests.
 */
@ApplicationScoped
public class NetworkReadModels {

  @EJB private NetworkServer networkServer;
  @EJB private DeviceLocationRepository locations;

  /** The device's state; empty for an unknown device. */
  public Optional<DeviceState> deviceState(Eui64 devEui) {
    return networkServer.deviceStates().state(devEui);
  }

  /** The device's last resolved location; empty when it was never located. */
  public Optional<DeviceLocation> deviceLocation(Eui64 devEui) {
    return locations.find(devEui);
  }

  /** Every device's and gateway's recent frames. */
  public FrameLog frameLog() {
    return networkServer.frameLog();
  }
}
