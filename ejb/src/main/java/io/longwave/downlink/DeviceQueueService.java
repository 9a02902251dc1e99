package io.longwave.downlink;

import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileRepository;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.region.DataRate;
import io.longwave.lorawan.region.DwellTime;
import io.longwave.lorawan.region.Region;
import io.longwave.lorawan.region.Regions;
import io.longwave.session.DeviceSession;
import io.longwave.session.DeviceSessionRepository;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The device-queue use cases of the API and console (ChirpStack's {@code DeviceQueueService}):
 * enqueue a downlink with validation, list and flush a device's queue.
 *
 * <p>Validation: the FPort is 1..223 and the payload fits the larger of the two Class A receive
 * windows at the device's current data rate (RP002-1.0.3 maximum payload size N). A device with no
 * session yet is checked against the largest N of its region's downlink data rates; the Class A
 * flow checks again when the item is sent. Threading: thread-safe if its ports are.
 */
public final class DeviceQueueService {

  private final DeviceRepository devices;
  private final DeviceProfileRepository profiles;
  private final DeviceSessionRepository sessions;
  private final DeviceQueueRepository queue;
  private final Clock clock;

  public DeviceQueueService(
      DeviceRepository devices,
      DeviceProfileRepository profiles,
      DeviceSessionRepository sessions,
      DeviceQueueRepository queue,
      Clock clock) {
    this.devices = Objects.requireNonNull(devices, "devices");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.queue = Objects.requireNonNull(queue, "queue");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Adds a downlink at the end of the device's queue.
   *
   * @param data the application payload, plain
   * @return the item as queued, with its new id
   * @throws DeviceQueueException when the device is unknown, the FPort invalid or the payload too
   *     large
   */
  public DeviceQueueItem enqueue(Eui64 devEui, int fPort, byte[] data, boolean confirmed) {
    Objects.requireNonNull(devEui, "devEui");
    byte[] payload = data == null ? new byte[0] : data;
    if (fPort < 1 || fPort > 223) {
      throw new DeviceQueueException(devEui, DeviceQueueException.Reason.INVALID_F_PORT,
          "a downlink's FPort is 1..223, got " + fPort);
    }
    int max = maxPayloadSize(devEui);
    if (payload.length > max) {
      throw new DeviceQueueException(devEui, DeviceQueueException.Reason.PAYLOAD_TOO_LARGE,
          "the payload has " + payload.length + " bytes; at its current data rate device "
              + devEui + " takes at most " + max);
    }
    DeviceQueueItem item =
        new DeviceQueueItem(UUID.randomUUID(), devEui, fPort, payload, confirmed, false, -1,
            null, clock.instant());
    queue.enqueue(item);
    return item;
  }

  /** The device's queue in sending order (a pending item first). */
  public List<DeviceQueueItem> list(Eui64 devEui) {
    return queue.list(devEui);
  }

  /** Empties the device's queue; returns how many items were removed. */
  public int flush(Eui64 devEui) {
    return queue.flush(devEui);
  }

  /**
   * The largest application payload the device can be sent now: N of the better of its RX1 and
   * RX2 data rates.
   *
   * @throws DeviceQueueException when the device is unknown
   */
  public int maxPayloadSize(Eui64 devEui) {
    Optional<DeviceSession> session = sessions.find(devEui);
    if (session.isPresent()) {
      return sessionMaxPayloadSize(session.get());
    }
    Device device = devices.find(devEui).orElseThrow(() -> new DeviceQueueException(devEui,
        DeviceQueueException.Reason.UNKNOWN_DEVICE, "no device " + devEui));
    DeviceProfile profile = profiles.find(device.deviceProfileId()).orElseThrow(
        () -> new DeviceQueueException(devEui, DeviceQueueException.Reason.UNKNOWN_DEVICE,
            "device " + devEui + " has no profile " + device.deviceProfileId()));
    Region region = Regions.get(profile.region());
    int best = 0;
    for (DataRate dr : region.dataRates()) {
      if (dr.downlink()) {
        best = Math.max(best, size(region, dr.index(), DwellTime.NO_LIMIT));
      }
    }
    return best;
  }

  private static int sessionMaxPayloadSize(DeviceSession s) {
    Region region = Regions.get(s.region());
    DwellTime dwell = s.downlinkDwellTime400ms() ? DwellTime.LIMIT_400_MS : DwellTime.NO_LIMIT;
    int rx2 = size(region, s.rx2Dr(), dwell);
    int rx1;
    try {
      rx1 = size(region, region.rx1DataRate(s.dr(), s.rx1DrOffset(), dwell), dwell);
    } catch (LorawanFormatException e) {
      rx1 = 0;
    }
    return Math.max(rx1, rx2);
  }

  private static int size(Region region, int dr, DwellTime dwell) {
    try {
      return region.maxPayloadSize(dr, dwell, false).n();
    } catch (LorawanFormatException e) {
      return 0;
    }
  }
}
