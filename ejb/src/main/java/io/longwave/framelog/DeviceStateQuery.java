package io.longwave.framelog;

import io.longwave.domain.device.DeviceRepository;
import io.longwave.lorawan.Eui64;
import io.longwave.session.DeviceSession;
import io.longwave.session.DeviceSessionRepository;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Composes a {@link DeviceState} read model (ChirpStack's device state in the API): the session's
 * address, counters, class, data rate and DevStatusAns values (LoRaWAN 1.0.4 §5.5), the last
 * uplink's radio kept by {@link DeviceActivity}, and the later of that uplink's time and the
 * device's stored {@code last_seen_at}. Threading: thread-safe when its ports are.
 */
public final class DeviceStateQuery {

  private final DeviceRepository devices;
  private final DeviceSessionRepository sessions;
  private final DeviceActivity activity;

  public DeviceStateQuery(
      DeviceRepository devices, DeviceSessionRepository sessions, DeviceActivity activity) {
    this.devices = Objects.requireNonNull(devices, "devices");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.activity = Objects.requireNonNull(activity, "activity");
  }

  /** The device's state, or empty when there is no such device. */
  public Optional<DeviceState> state(Eui64 devEui) {
    if (devices.find(devEui).isEmpty()) {
      return Optional.empty();
    }
    LastUplink last = activity.last(devEui).orElse(null);
    Instant stored = devices.lastSeenAt(devEui).orElse(null);
    Instant lastSeen = last == null ? stored : later(stored, last.at());
    DeviceSession s = sessions.find(devEui).orElse(null);
    Integer dr = s != null ? Integer.valueOf(s.dr()) : last != null ? last.dr() : null;
    return Optional.of(new DeviceState(
        devEui,
        lastSeen,
        dr,
        last == null ? null : last.rssi(),
        last == null ? null : last.snr(),
        s == null ? null : s.battery(),
        s == null ? null : s.margin(),
        s == null ? null : s.devAddr(),
        s == null ? null : s.fCntUp(),
        s == null ? null : s.nFCntDown(),
        s == null ? null : s.deviceClass()));
  }

  private static Instant later(Instant a, Instant b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
