package io.longwave.framelog;

import io.longwave.domain.device.DeviceRepository;
import io.longwave.gateway.SeenThrottle;
import io.longwave.lorawan.Eui64;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Keeps each device's last data uplink (LoRaWAN 1.0.4 §4; ChirpStack's {@code last_seen_at}): in
 * memory on every uplink, and in the device's {@code last_seen_at} column at most once per
 * interval per device (default {@value #DEFAULT_INTERVAL_SECONDS} s), as the gateway layer does
 * for gateways. The column is written behind the uplinks: a due time waits in memory until the
 * next {@link #flush}, which writes every waiting device in one transaction, so the uplink path
 * takes no transaction for it and a thousand devices heard in a second cost one commit.
 *
 * <p>Threading: thread-safe; {@link #flush} may run while uplinks are recorded. Failure modes: a
 * failed flush is logged and its times wait for the next one (a later uplink's time replaces an
 * earlier one); the in-memory values are kept.
 */
public final class DeviceActivity {

  /** Seconds between two writes of one device's last-seen time. */
  public static final int DEFAULT_INTERVAL_SECONDS = 5;

  /** Devices written in one transaction at most. */
  public static final int FLUSH_BATCH = 500;

  private static final Logger LOG = System.getLogger(DeviceActivity.class.getName());

  private final DeviceRepository devices;
  private final SeenThrottle throttle;
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<Eui64, LastUplink> last = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Eui64, Instant> due = new ConcurrentHashMap<>();

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

  /** Records a data uplink of the device; its last-seen time waits for the flush when due. */
  public void seen(Eui64 devEui, LastUplink uplink) {
    last.merge(devEui, uplink, (old, now) -> now.at().isBefore(old.at()) ? old : now);
    if (throttle.due(devEui, nanoTime.getAsLong())) {
      due.merge(devEui, uplink.at(), DeviceActivity::later);
    }
  }

  /**
   * Writes the last-seen times that are due, in batches of at most {@value #FLUSH_BATCH}
   * devices, each in one call of the repository.
   *
   * @return how many devices were written
   */
  public int flush() {
    int written = 0;
    Map<Eui64, Instant> batch = new HashMap<>();
    for (Map.Entry<Eui64, Instant> e : due.entrySet()) {
      batch.put(e.getKey(), e.getValue());
      if (batch.size() == FLUSH_BATCH) {
        written += write(batch);
        batch = new HashMap<>();
      }
    }
    if (!batch.isEmpty()) {
      written += write(batch);
    }
    return written;
  }

  /** Writes a batch; what was written leaves the waiting map unless a later time came since. */
  private int write(Map<Eui64, Instant> batch) {
    try {
      devices.markSeen(batch);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "last-seen times of " + batch.size() + " devices not written;"
          + " they wait for the next flush", e);
      return 0;
    }
    batch.forEach(due::remove);
    return batch.size();
  }

  private static Instant later(Instant a, Instant b) {
    return b.isAfter(a) ? b : a;
  }

  /** The device's last data uplink since this server started, if any. */
  public Optional<LastUplink> last(Eui64 devEui) {
    return Optional.ofNullable(last.get(devEui));
  }

  /** Forgets a device (deleted, or its state reset). */
  public void forget(Eui64 devEui) {
    last.remove(devEui);
    due.remove(devEui);
    throttle.forget(devEui);
  }
}
