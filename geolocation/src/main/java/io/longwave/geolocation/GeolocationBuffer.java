package io.longwave.geolocation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The recent uplinks of each device, so that several can be solved together (ChirpStack v3's
 * geolocation buffer): an uplink is added, the ones older than the TTL are forgotten, and what
 * remains is solved once it holds the policy's minimum. Uplinks are kept in memory on this node,
 * newest first, at most {@link BufferPolicy#MAX_BUFFERED} per device. Thread-safe: updates of one
 * device are atomic.
 *
 * @param <K> the device key
 */
public final class GeolocationBuffer<K> {

  private record Entry(List<UplinkObservation> uplinks, Instant expiresAt) {}

  private final Map<K, Entry> entries = new ConcurrentHashMap<>();

  /**
   * Adds an uplink of {@code device} and returns the uplinks to solve, newest first: this one
   * alone when the policy does not buffer, otherwise the buffered ones within the TTL of it, or
   * an empty list while there are fewer than the policy's minimum.
   */
  public List<UplinkObservation> add(K device, UplinkObservation uplink, BufferPolicy policy) {
    if (!policy.buffering()) {
      entries.remove(device);
      return List.of(uplink);
    }
    Instant now = uplink.receivedAt();
    Instant oldest = now.minus(policy.ttl());
    Entry updated = entries.compute(device, (k, e) -> {
      List<UplinkObservation> kept = new ArrayList<>();
      kept.add(uplink);
      if (e != null) {
        for (UplinkObservation u : e.uplinks()) {
          if (u.receivedAt().isAfter(oldest) && !u.receivedAt().isAfter(now)) {
            kept.add(u);
          }
        }
      }
      kept.sort(Comparator.comparing(UplinkObservation::receivedAt).reversed());
      if (kept.size() > BufferPolicy.MAX_BUFFERED) {
        kept = kept.subList(0, BufferPolicy.MAX_BUFFERED);
      }
      return new Entry(List.copyOf(kept), now.plus(policy.ttl()));
    });
    return updated.uplinks().size() >= Math.max(1, policy.minBufferSize())
        ? updated.uplinks()
        : List.of();
  }

  /** Forgets the devices whose newest uplink has expired by {@code now}; returns how many. */
  public int purgeExpired(Instant now) {
    int before = entries.size();
    entries.values().removeIf(e -> !e.expiresAt().isAfter(now));
    return before - entries.size();
  }

  /** How many devices have uplinks buffered. */
  public int size() {
    return entries.size();
  }
}
