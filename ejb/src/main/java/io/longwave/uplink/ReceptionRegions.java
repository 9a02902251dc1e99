package io.longwave.uplink;

import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.lorawan.region.RegionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Keeps the receptions of an uplink that belong to the device's region, so that one instance
 * serves gateways of several regions (ChirpStack v4 filters the rx-info by the gateway's region
 * configuration in the same way). A gateway with a region serves only devices of that region; a
 * gateway without one serves every region, which is how a single-region network runs.
 *
 * <p>Gateways' regions are read through a lookup and kept for a short time, so that a change made
 * through the API takes effect within {@link #DEFAULT_TTL}. Thread-safe.
 */
public final class ReceptionRegions {

  /** How long a gateway's region is remembered. */
  public static final Duration DEFAULT_TTL = Duration.ofSeconds(30);

  /** No gateway has a region: every reception is kept. */
  public static final ReceptionRegions ANY =
      new ReceptionRegions(gateway -> Optional.empty(), DEFAULT_TTL, Clock.systemUTC());

  private final Function<GatewayId, Optional<RegionId>> lookup;
  private final Duration ttl;
  private final Clock clock;
  private final ConcurrentHashMap<GatewayId, Known> known = new ConcurrentHashMap<>();

  /**
   * @param lookup a gateway's configured region, empty when it has none or is unknown
   */
  public ReceptionRegions(
      Function<GatewayId, Optional<RegionId>> lookup, Duration ttl, Clock clock) {
    this.lookup = lookup;
    this.ttl = ttl;
    this.clock = clock;
  }

  /**
   * The receptions, in their order, of gateways that serve {@code region}.
   *
   * @return the same list when every reception is kept; possibly an empty one
   */
  public List<UplinkRxInfo> servingRegion(List<UplinkRxInfo> rxInfo, RegionId region) {
    List<UplinkRxInfo> kept = null;
    for (int i = 0; i < rxInfo.size(); i++) {
      UplinkRxInfo rx = rxInfo.get(i);
      boolean serves = regionOf(rx.gatewayId()).map(r -> r == region).orElse(true);
      if (!serves && kept == null) {
        kept = new ArrayList<>(rxInfo.subList(0, i));
      } else if (serves && kept != null) {
        kept.add(rx);
      }
    }
    return kept == null ? rxInfo : kept;
  }

  /** The uplink with only the receptions of gateways serving {@code region}, if any remain. */
  public Optional<UplinkFrameSet> servingRegion(UplinkFrameSet uplink, RegionId region) {
    List<UplinkRxInfo> kept = servingRegion(uplink.rxInfo(), region);
    if (kept == uplink.rxInfo()) {
      return Optional.of(uplink);
    }
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new UplinkFrameSet(
        uplink.deduplicationId(), uplink.phyPayload(), uplink.txInfo(), kept,
        uplink.receivedAt()));
  }

  /** Forgets what is known of a gateway (after it was changed or deleted). */
  public void invalidate(GatewayId gateway) {
    known.remove(gateway);
  }

  private Optional<RegionId> regionOf(GatewayId gateway) {
    Instant now = clock.instant();
    Known k = known.get(gateway);
    if (k == null || !now.isBefore(k.until())) {
      k = new Known(lookup.apply(gateway), now.plus(ttl));
      known.put(gateway, k);
    }
    return k.region();
  }

  private record Known(Optional<RegionId> region, Instant until) {}
}
