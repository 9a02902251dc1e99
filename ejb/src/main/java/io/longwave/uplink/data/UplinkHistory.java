package io.longwave.uplink.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The metrics of a device's last uplinks, oldest first, at most {@link #MAX_LENGTH} (ChirpStack
 * keeps 20 in the device session for ADR). Immutable.
 *
 * @param uplinks the metrics, oldest first
 */
public record UplinkHistory(List<UplinkMetrics> uplinks) {

  /** How many uplinks are kept. */
  public static final int MAX_LENGTH = 20;

  private static final UplinkHistory EMPTY = new UplinkHistory(List.of());

  public UplinkHistory {
    uplinks = List.copyOf(uplinks);
    if (uplinks.size() > MAX_LENGTH) {
      uplinks = uplinks.subList(uplinks.size() - MAX_LENGTH, uplinks.size());
    }
  }

  /** No uplinks. */
  public static UplinkHistory empty() {
    return EMPTY;
  }

  /**
   * This history with {@code m} appended, the oldest dropped beyond {@link #MAX_LENGTH}. An
   * uplink with the same counter as the last one is ignored: the source of a repeated frame is
   * not known (it may be a replay), so it does not count for ADR.
   */
  public UplinkHistory with(UplinkMetrics m) {
    if (!uplinks.isEmpty() && uplinks.get(uplinks.size() - 1).fCnt() == m.fCnt()) {
      return this;
    }
    List<UplinkMetrics> l = new ArrayList<>(uplinks.size() + 1);
    l.addAll(uplinks);
    l.add(m);
    return new UplinkHistory(l);
  }
}
