package io.longwave.integration.outbox;

import io.longwave.integration.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the outbox keeps its events and the per-target delivery state (tables {@code
 * integration_outbox} and {@code integration_target_state}).
 *
 * <p>Several Longwave instances may share one store. A target is delivered by one instance at a
 * time: the one holding its lease ({@link #claim}), which it renews before each delivery and
 * gives back when it has nothing more to do; a lease that runs out (its instance stopped) can be
 * taken by another. Appends join the caller's transaction when there is one; every other method
 * commits on its own. Failures surface as {@link OutboxStoreException}.
 */
public interface OutboxStore {

  /** Stores one row per target for the event. */
  void append(List<String> targetIds, IntegrationEvent event, Instant now);

  /** Targets whose head event may be tried at {@code now}, at most {@code limit}. */
  List<String> dueTargets(Instant now, int limit);

  /**
   * Takes or renews the lease of a target until {@code until}.
   *
   * @return false when another owner holds an unexpired lease
   */
  boolean claim(String targetId, String owner, Instant now, Instant until);

  /** Gives back the lease if {@code owner} holds it. */
  void release(String targetId, String owner);

  /** The oldest event of a target. */
  Optional<OutboxEntry> head(String targetId);

  /** Removes a delivered event and records the success. */
  void delivered(OutboxEntry entry, Instant now);

  /** Records a failed attempt: the event waits until {@code nextAttemptAt}. */
  void failed(OutboxEntry entry, Instant nextAttemptAt, String error, Instant now);

  /** Removes every event of a target (it no longer exists); returns how many. */
  int dropTarget(String targetId);

  /** Removes events stored before {@code cutoff}; returns how many per target. */
  Map<String, Integer> dropQueuedBefore(Instant cutoff);

  /** Removes the oldest events of targets with more than {@code max}; returns how many per target. */
  Map<String, Integer> trimTo(int max);

  /** The state of every target that has events waiting or a recorded state. */
  List<TargetBacklog> backlog();
}
