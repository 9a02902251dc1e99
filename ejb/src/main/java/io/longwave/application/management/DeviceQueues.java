package io.longwave.application.management;

import io.longwave.application.error.ApiException;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.integration.ApplicationDownlinks;
import io.longwave.integration.DownlinkCommand;
import io.longwave.integration.InvalidDownlinkException;
import io.longwave.lorawan.Eui64;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A device's downlink queue as the API manages it (ChirpStack v3 {@code DeviceQueueService}):
 * list, enqueue through the application side's {@link ApplicationDownlinks} port (which checks the
 * payload and encodes objects with the profile's codec) and flush, with the caller's rights
 * checked first. FPort 0 is refused here, as ChirpStack does: it carries MAC commands only.
 */
@ApplicationScoped
public class DeviceQueues {

  private DeviceService devices;
  private DeviceQueueRepository queue;
  private Supplier<ApplicationDownlinks> downlinks;

  protected DeviceQueues() {}

  @Inject
  public DeviceQueues(
      DeviceService devices, DeviceQueueRepository queue, Instance<ApplicationDownlinks> port) {
    this(devices, queue, () -> {
      if (port.isUnsatisfied()) {
        throw ApiException.failedPrecondition("no application downlink path is deployed");
      }
      return port.get();
    });
  }

  /** With the downlink port given (tests). */
  public DeviceQueues(DeviceService devices, DeviceQueueRepository queue,
      Supplier<ApplicationDownlinks> downlinks) {
    this.devices = Objects.requireNonNull(devices, "devices");
    this.queue = Objects.requireNonNull(queue, "queue");
    this.downlinks = Objects.requireNonNull(downlinks, "downlinks");
  }

  /** The device's queue in sending order. */
  public List<DeviceQueueItem> list(AccessPolicy policy, Eui64 devEui) {
    devices.readable(policy, devEui);
    return queue.list(devEui);
  }

  /**
   * Enqueues a downlink given as bytes or as an object for the profile's codec; as in ChirpStack
   * v3 the object wins when both are given.
   *
   * @return the downlink frame counter the item was given
   */
  public long enqueue(AccessPolicy policy, Eui64 devEui, boolean confirmed, int fPort,
      byte[] data, JsonObject object) {
    Device device = devices.writable(policy, devEui);
    if (fPort == 0) {
      throw ApiException.invalidArgument("FPort 0 is reserved for MAC commands; use 1..223");
    }
    if (fPort < 1 || fPort > 223) {
      throw ApiException.invalidArgument("FPort must be 1..223, got " + fPort);
    }
    try {
      return downlinks.get().enqueue(new DownlinkCommand(device.applicationId(), devEui,
          confirmed, fPort, object != null ? null : data == null ? new byte[0] : data, object));
    } catch (InvalidDownlinkException e) {
      throw ApiException.invalidArgument(e.getMessage());
    }
  }

  /** Empties the device's queue; returns how many items were removed. */
  public int flush(AccessPolicy policy, Eui64 devEui) {
    devices.writable(policy, devEui);
    return queue.flush(devEui);
  }
}
