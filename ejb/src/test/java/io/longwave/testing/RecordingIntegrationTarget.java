package io.longwave.testing;

import io.longwave.integration.DeliveryException;
import io.longwave.integration.IntegrationEvent;
import io.longwave.integration.IntegrationTarget;
import io.longwave.integration.IntegrationTargets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A target that records the events it took, and refuses the next {@link #failNext} deliveries.
 * Its kind ({@link #kind}) takes every event for each of its targets.
 */
public final class RecordingIntegrationTarget implements IntegrationTarget {

  private final String id;
  private final List<UUID> delivered = new ArrayList<>();
  private final AtomicInteger failures = new AtomicInteger();
  private final AtomicInteger attempts = new AtomicInteger();

  public RecordingIntegrationTarget(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /** The next {@code n} deliveries fail. */
  public void failNext(int n) {
    failures.set(n);
  }

  @Override
  public void deliver(IntegrationEvent event) throws DeliveryException {
    attempts.incrementAndGet();
    if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new DeliveryException("refused by test");
    }
    synchronized (delivered) {
      delivered.add(event.id());
    }
  }

  /** The ids of the events taken, in order. */
  public List<UUID> delivered() {
    synchronized (delivered) {
      return List.copyOf(delivered);
    }
  }

  /** Calls of {@link #deliver}, failed ones included. */
  public int attempts() {
    return attempts.get();
  }

  /** A kind made of the given targets; each takes every event. */
  public static IntegrationTargets kind(RecordingIntegrationTarget... targets) {
    Map<String, IntegrationTarget> byId = new ConcurrentHashMap<>();
    for (RecordingIntegrationTarget t : targets) {
      byId.put(t.id(), t);
    }
    return new IntegrationTargets() {
      @Override
      public List<IntegrationTarget> targetsFor(IntegrationEvent event) {
        List<IntegrationTarget> all = new ArrayList<>();
        for (RecordingIntegrationTarget t : targets) {
          if (byId.containsKey(t.id())) {
            all.add(t);
          }
        }
        return all;
      }

      @Override
      public Optional<IntegrationTarget> target(String id) {
        return Optional.ofNullable(byId.get(id));
      }
    };
  }
}
