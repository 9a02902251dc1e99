package io.longwave.integration;

import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.integration.RejectedDownlinkException.Reason;
import io.longwave.lorawan.Eui64;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The steps a downlink command from an integration goes through once read: find the device in
 * the application the command came through, then hand it to {@link ApplicationDownlinks}. Shared
 * by the MQTT and JMS integrations.
 */
public final class DownlinkCommandIntake {

  private final DeviceRepository devices;
  private final Supplier<Optional<ApplicationDownlinks>> downlinks;

  /**
   * @param downlinks the application side's downlink port, empty when it is not deployed
   */
  public DownlinkCommandIntake(
      DeviceRepository devices, Supplier<Optional<ApplicationDownlinks>> downlinks) {
    this.devices = devices;
    this.downlinks = downlinks;
  }

  /**
   * Queues the command.
   *
   * @return the downlink frame counter the item was given
   * @throws RejectedDownlinkException with the reason it was refused
   */
  public long accept(DownlinkCommand command) throws RejectedDownlinkException {
    if (knownDevice(command.applicationId(), command.devEui()).isEmpty()) {
      throw new RejectedDownlinkException(Reason.UNKNOWN_DEVICE, "device " + command.devEui()
          + " does not exist in application " + command.applicationId());
    }
    ApplicationDownlinks port =
        downlinks.get().orElseThrow(() -> new RejectedDownlinkException(
            Reason.UNAVAILABLE, "the application server does not take downlinks"));
    try {
      return port.enqueue(command);
    } catch (RejectedDownlinkException e) {
      throw e;
    } catch (InvalidDownlinkException e) {
      throw new RejectedDownlinkException(Reason.REFUSED, e.getMessage());
    }
  }

  /** The device, if it exists and belongs to the application. */
  public Optional<Device> knownDevice(long applicationId, Eui64 devEui) {
    return devices.find(devEui).filter(d -> d.applicationId() == applicationId);
  }
}
