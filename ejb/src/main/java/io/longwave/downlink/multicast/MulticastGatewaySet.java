package io.longwave.downlink.multicast;

import io.longwave.connector.api.frame.GatewayId;
import io.longwave.lorawan.Eui64;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The gateways a multicast frame is sent through (ChirpStack v3 {@code
 * downlink/multicast/min_gw_set.go}): a small set such that every member heard by some gateway
 * is heard by one of them, chosen greedily, the set-cover approximation: take the gateway that
 * heard the most members not covered yet (on a tie, the lowest gateway id, so the choice is
 * repeatable), until every member that can be reached is covered. Members no gateway heard
 * cannot be reached and are left out. Stateless.
 */
public final class MulticastGatewaySet {

  private MulticastGatewaySet() {}

  /**
   * The gateway set, in the order chosen (the gateway covering most members first).
   *
   * @param heardBy for each member, the gateways that heard its last uplink
   */
  public static List<GatewayId> cover(Map<Eui64, ? extends Iterable<GatewayId>> heardBy) {
    Map<GatewayId, Set<Eui64>> members = new TreeMap<>();
    Set<Eui64> uncovered = new HashSet<>();
    for (Map.Entry<Eui64, ? extends Iterable<GatewayId>> e : heardBy.entrySet()) {
      for (GatewayId g : e.getValue()) {
        members.computeIfAbsent(g, k -> new TreeSet<>()).add(e.getKey());
        uncovered.add(e.getKey());
      }
    }
    List<GatewayId> chosen = new ArrayList<>();
    while (!uncovered.isEmpty()) {
      GatewayId best = null;
      int bestCount = 0;
      for (Map.Entry<GatewayId, Set<Eui64>> e : members.entrySet()) {
        int count = 0;
        for (Eui64 m : e.getValue()) {
          if (uncovered.contains(m)) {
            count++;
          }
        }
        if (count > bestCount) {
          best = e.getKey();
          bestCount = count;
        }
      }
      chosen.add(best);
      uncovered.removeAll(members.remove(best));
    }
    return List.copyOf(chosen);
  }
}
