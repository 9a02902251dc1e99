package io.longwave.infrastructure.metrics;

import io.longwave.integration.outbox.OutboxListener;
import io.longwave.integration.outbox.TargetBacklog;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The outbox's metrics on {@code /metrics}, per target (tag {@code target}): {@code
 * longwave_integration_sent_total}, {@code _failed_total}, {@code _dropped_total}, and the gauges
 * {@code longwave_integration_queued} and {@code longwave_integration_lag_seconds} (age of the
 * oldest waiting event), refreshed from the store every few seconds. A target's metrics appear
 * with its first event.
 */
public final class IntegrationMetrics implements OutboxListener {

  private final MetricRegistry registry;
  private final Clock clock;
  private final Map<String, TargetBacklog> snapshot = new ConcurrentHashMap<>();

  public IntegrationMetrics(MetricRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  @Override
  public void sent(String targetId) {
    registry.counter("longwave.integration.sent", tag(targetId)).inc();
  }

  @Override
  public void failed(String targetId) {
    registry.counter("longwave.integration.failed", tag(targetId)).inc();
  }

  @Override
  public void dropped(String targetId, int count) {
    registry.counter("longwave.integration.dropped", tag(targetId)).inc(count);
  }

  /** Takes the latest backlog; targets seen for the first time get their gauges. */
  public void refresh(List<TargetBacklog> backlog) {
    Map<String, TargetBacklog> seen = new java.util.HashMap<>();
    for (TargetBacklog b : backlog) {
      seen.put(b.targetId(), b);
    }
    for (String gone : snapshot.keySet()) {
      if (!seen.containsKey(gone)) {
        snapshot.put(gone, new TargetBacklog(gone, 0, null, null, null, null, 0));
      }
    }
    for (TargetBacklog b : backlog) {
      if (snapshot.put(b.targetId(), b) == null) {
        String id = b.targetId();
        registry.gauge("longwave.integration.queued", () -> snapshot.get(id).queued(), tag(id));
        registry.gauge(
            "longwave.integration.lag_seconds",
            () -> snapshot.get(id).lag(clock.instant()).toMillis() / 1000.0,
            tag(id));
        registry.counter("longwave.integration.sent", tag(id));
        registry.counter("longwave.integration.failed", tag(id));
      }
    }
  }

  private static Tag tag(String targetId) {
    return new Tag("target", targetId);
  }
}
