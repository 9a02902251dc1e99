package io.longwave.integration.outbox;

import io.longwave.integration.DeliveryException;
import io.longwave.integration.IntegrationTarget;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Delivers the events of one target in order: {@code claimTarget}, then for each event {@code
 * readHead}, {@code checkDue}, {@code resolveTarget}, {@code renewLease}, {@code deliver} and
 * {@code removeDelivered} or {@code scheduleRetry}, and finally {@code releaseTarget}. A failed
 * head stops the run: the target's later events wait behind it until it goes through, and the
 * head is tried again after {@link OutboxSettings#backoff}. Events of a target that no longer
 * exists are dropped.
 *
 * <p>Threading: one call per target at a time within an instance (the dispatcher sees to that);
 * across instances the store's lease keeps a target to one of them.
 */
public final class OutboxDelivery {

  private static final Logger LOG = System.getLogger(OutboxDelivery.class.getName());

  private final OutboxStore store;
  private final IntegrationTargetDirectory targets;
  private final OutboxSettings settings;
  private final String owner;
  private final Clock clock;
  private final OutboxListener listener;

  public OutboxDelivery(
      OutboxStore store,
      IntegrationTargetDirectory targets,
      OutboxSettings settings,
      String owner,
      Clock clock,
      OutboxListener listener) {
    this.store = Objects.requireNonNull(store, "store");
    this.targets = Objects.requireNonNull(targets, "targets");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** The name this instance holds leases under. */
  public String owner() {
    return owner;
  }

  /**
   * Delivers up to a batch of the target's due events.
   *
   * @return how many were delivered; 0 also when another instance holds the target
   */
  public int deliverTarget(String targetId) {
    if (!claimTarget(targetId)) {
      return 0;
    }
    int delivered = 0;
    try {
      while (delivered < settings.batchSize()) {
        Optional<OutboxEntry> head = store.head(targetId);
        if (head.isEmpty() || !checkDue(head.get())) {
          break;
        }
        Optional<IntegrationTarget> target = resolveTarget(targetId);
        if (target.isEmpty() || !claimTarget(targetId)) {
          break;
        }
        if (!deliver(target.get(), head.get())) {
          break;
        }
        delivered++;
      }
    } finally {
      store.release(targetId, owner);
    }
    return delivered;
  }

  /** Takes or renews the lease for {@link OutboxSettings#lease}. */
  private boolean claimTarget(String targetId) {
    Instant now = clock.instant();
    return store.claim(targetId, owner, now, now.plus(settings.lease()));
  }

  private boolean checkDue(OutboxEntry head) {
    return !head.nextAttemptAt().isAfter(clock.instant());
  }

  /** The target, or empty after dropping its events when it was removed. */
  private Optional<IntegrationTarget> resolveTarget(String targetId) {
    Optional<IntegrationTarget> target = targets.target(targetId);
    if (target.isEmpty()) {
      int n = store.dropTarget(targetId);
      if (n > 0) {
        LOG.log(Level.WARNING, "integration target {0} no longer exists: {1} events dropped",
            targetId, n);
        listener.dropped(targetId, n);
      }
    }
    return target;
  }

  /** True when the target took the event, which is then removed. */
  private boolean deliver(IntegrationTarget target, OutboxEntry entry) {
    try {
      target.deliver(entry.event());
    } catch (DeliveryException e) {
      scheduleRetry(entry, e.getMessage());
      return false;
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "integration target " + entry.targetId() + " failed unexpectedly", e);
      scheduleRetry(entry, e.toString());
      return false;
    }
    store.delivered(entry, clock.instant());
    listener.sent(entry.targetId());
    return true;
  }

  private void scheduleRetry(OutboxEntry entry, String error) {
    Instant now = clock.instant();
    int attempts = entry.attempts() + 1;
    Instant next = now.plus(settings.backoff(attempts));
    store.failed(entry, next, error, now);
    listener.failed(entry.targetId());
    LOG.log(
        attempts == 1 ? Level.WARNING : Level.DEBUG,
        "integration target {0}: {1} event {2} not delivered (attempt {3}): {4}; next try at {5}",
        entry.targetId(), entry.event().type().wireName(), entry.event().id(), attempts, error,
        next);
  }
}
