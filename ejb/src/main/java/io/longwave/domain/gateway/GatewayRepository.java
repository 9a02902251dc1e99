package io.longwave.domain.gateway;

import io.longwave.lorawan.Eui64;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored gateways and their statistics. Implementations join the caller's transaction or start
 * one of their own.
 */
public interface GatewayRepository {

  Optional<Gateway> find(Eui64 gatewayId);

  /** True when the gateway is registered. */
  boolean exists(Eui64 gatewayId);

  /** Registers a new gateway or stores changes to a known one. */
  Gateway save(Gateway gateway);

  /**
   * Records that the gateway was heard at {@code at}: sets last-seen, and first-seen when unset.
   *
   * @return false when the gateway is not registered
   */
  boolean markSeen(Eui64 gatewayId, Instant at);

  /** Deletes the gateway and its statistics. */
  void remove(Gateway gateway);

  /**
   * A page of gateways ordered by name: those of {@code organizationId} when given, else those
   * of the organizations {@code userId} belongs to when given, else all; optionally only those
   * whose name or id contains {@code search}.
   */
  List<Gateway> list(Long organizationId, Long userId, String search, int limit, int offset);

  long count(Long organizationId, Long userId, String search);

  /** Keeps one statistics report. */
  void addStats(GatewayStatsRecord stats);

  /** The reports of a gateway since {@code from}, oldest first. */
  List<GatewayStatsRecord> stats(Eui64 gatewayId, Instant from);

  /** Deletes reports older than {@code before}; returns how many. */
  int purgeStatsBefore(Instant before);
}
