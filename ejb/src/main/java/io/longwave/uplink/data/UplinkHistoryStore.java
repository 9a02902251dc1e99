package io.longwave.uplink.data;

import io.longwave.lorawan.Eui64;

/**
 * Keeps each device's {@link UplinkHistory} for ADR. ChirpStack keeps it in the device session;
 * until the session holds it, this port does. Threading: implementations are thread-safe.
 */
public interface UplinkHistoryStore {

  /** The device's history, empty when none was kept. */
  UplinkHistory find(Eui64 devEui);

  /** Replaces the device's history. */
  void save(Eui64 devEui, UplinkHistory history);
}
