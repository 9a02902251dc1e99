package io.longwave.application.pipeline;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts the events the application side could not turn into integration events, by reason. */
public final class ApplicationDrops {

  /** The device (or its profile) is not in the directory any more. */
  public static final String UNKNOWN_DEVICE = "unknown_device";
  /** Building the event failed unexpectedly (logged with its cause). */
  public static final String FAILED = "failed";

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  void count(String reason) {
    counts.computeIfAbsent(reason, r -> new LongAdder()).increment();
  }

  /** The counts so far, by reason. */
  public Map<String, Long> snapshot() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }
}
