package io.longwave.uplink.data;

import io.longwave.lorawan.Eui64;
import java.util.concurrent.ConcurrentHashMap;

/** Uplink histories in a map, for one instance and for tests. Thread-safe. */
public final class InMemoryUplinkHistoryStore implements UplinkHistoryStore {

  private final ConcurrentHashMap<Eui64, UplinkHistory> histories = new ConcurrentHashMap<>();

  @Override
  public UplinkHistory find(Eui64 devEui) {
    return histories.getOrDefault(devEui, UplinkHistory.empty());
  }

  @Override
  public void save(Eui64 devEui, UplinkHistory history) {
    histories.put(devEui, history);
  }
}
