package io.longwave.gateway;

import io.longwave.lorawan.Eui64;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides when a gateway's last-seen time is worth writing: at most once per interval per
 * gateway, so a gateway forwarding hundreds of frames a second costs one update per interval.
 * Thread-safe.
 */
public final class SeenThrottle {

  private final long intervalNanos;
  private final ConcurrentHashMap<Eui64, Long> lastWrite = new ConcurrentHashMap<>();

  public SeenThrottle(Duration interval) {
    this.intervalNanos = interval.toNanos();
  }

  /**
   * True when no write was due for this gateway within the interval before {@code nowNanos}; the
   * caller then writes. Only one of several concurrent callers gets true.
   */
  public boolean due(Eui64 gatewayId, long nowNanos) {
    boolean[] due = {false};
    lastWrite.compute(
        gatewayId,
        (k, last) -> {
          if (last == null || nowNanos - last >= intervalNanos) {
            due[0] = true;
            return nowNanos;
          }
          return last;
        });
    return due[0];
  }

  /** Forgets a gateway, so its next event is written at once (after a registration change). */
  public void forget(Eui64 gatewayId) {
    lastWrite.remove(gatewayId);
  }
}
