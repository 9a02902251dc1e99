package io.longwave.connector.backend;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Named, monotonically increasing counters of the bridge (datagrams received, acknowledged, drops
 * by reason …). Exposed through {@link io.longwave.connector.api.GatewayBridgeStatus#counters()}
 * and from there on {@code /metrics}. Names are dotted lower case: {@code udp.push_data.received},
 * {@code udp.dropped.malformed}. Thread-safe and cheap on the hot path.
 */
public final class BridgeCounters {

  private final ConcurrentHashMap<String, LongAdder> counters = new ConcurrentHashMap<>();

  /** Adds one to the counter, creating it at zero first. */
  public void increment(String name) {
    counter(name).increment();
  }

  /** Adds {@code n} to the counter. */
  public void add(String name, long n) {
    counter(name).add(n);
  }

  /** The current value, 0 for a counter never touched. */
  public long get(String name) {
    LongAdder a = counters.get(name);
    return a == null ? 0 : a.sum();
  }

  /** A sorted copy of every counter. */
  public Map<String, Long> snapshot() {
    Map<String, Long> m = new TreeMap<>();
    counters.forEach((k, v) -> m.put(k, v.sum()));
    return m;
  }

  private LongAdder counter(String name) {
    LongAdder a = counters.get(name);
    return a != null ? a : counters.computeIfAbsent(name, k -> new LongAdder());
  }
}
