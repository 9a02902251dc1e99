package io.longwave.framelog;

import io.longwave.domain.device.DeviceRepository;
import io.longwave.gateway.SeenThrottle;
import io.longwave.lorawan.Eui64;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Keeps each device's last data uplink (LoRaWAN 1.0.4 §4; ChirpStack's {@code last_seen_at}): in
 * memory on every uplink, and in the device's {@code last_seen_at} column at most once per
 * interval per device (default {@value #DEFAULT_INTERVAL_SECONDS} s), as the gateway layer does
 * for gateways, so a chatty device costs one database write per interval.
 *
 * <p>Threading: thread-safe. Failure modes: a failed write is logged and retried with the next
 * uplink due; the in-memory value is kept.
 */
public final class DeviceActivity {

  /** Seconds between two writes of one device's last-seen time. */
  public static final int DEFAULT_INTERVAL_SECONDS = 5;

  private static final Logger LOG = System.getLogger(DeviceActivity.class.getName());

  private final DeviceRepository devices;
  private final SeenThrottle throttle;
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<Eui64, LastUplink> last = new ConcurrentHashMap<>();

  /** Writing through {@code devices} at most every {@value #DEFAULT_INTERVAL_SECONDS} s. */
  public DeviceActivity(DeviceRepository devices) {
    this(devices, Duration.ofSeconds(DEFAULT_INTERVAL_SECONDS), System::nanoTime);
  }

  /**
   * Writing at most once per {@code interval} per device.
   *
   * @param nanoTime a monotonic clock in nanoseconds
   */
  public DeviceActivity(DeviceRepository devices, Duration interval, LongSupplier nanoTime) {
    this.devices = Objects.requireNonNull(devices, "devices");
    this.throttle = new SeenThrottle(interval);
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  /** Records a data uplink of the device; writes its last-seen time when a write is due. */
  public void seen(Eui64 devEui, LastUplink uplink) {
    last.merge(devEui, uplink, (old, now) -> now.at().isBefore(old.at()) ? old : now);
    if (throttle.due(devEui, nanoTime.getAsLong())) {
      try {
        devices.markSeen(devEui, uplink.at());
      } catch (RuntimeException e) {
        throttle.forget(devEui);
        LOG.log(Level.WARNING, "last-seen time of " + devEui + " not written", e);
      }
    }
  }

  /** The device's last data uplink since this server started, if any. */
  public Optional<LastUplink> last(Eui64 devEui) {
    return Optional.ofNullable(last.get(devEui));
  }

  /** Forgets a device (deleted, or its state reset). */
  public void forget(Eui64 devEui) {
    last.remove(devEui);
    throttle.forget(devEui);
  }
}
