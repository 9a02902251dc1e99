package io.longwave.geolocation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Every gateway's reception of one uplink: the unit the geolocation buffer keeps. Immutable.
 *
 * @param receivedAt when the uplink arrived (the buffer's TTL counts from it)
 * @param receptions one per gateway (and antenna) that heard it
 */
public record UplinkObservation(Instant receivedAt, List<Reception> receptions) {

  public UplinkObservation {
    Objects.requireNonNull(receivedAt, "receivedAt");
    receptions = List.copyOf(receptions);
  }
}
