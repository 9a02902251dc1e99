package io.longwave.integration.outbox;

import io.longwave.integration.IntegrationEvent;
import io.longwave.integration.IntegrationPublisher;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;

/**
 * {@link IntegrationPublisher} on the outbox: stores one row per target that takes the event, in
 * the caller's transaction (or one of its own), and wakes the workers once it commits. Nothing
 * is sent here, so the caller only waits for the insert.
 */
@Stateless
public class OutboxIntegrationPublisher implements IntegrationPublisher {

  private static final Logger LOG = System.getLogger(OutboxIntegrationPublisher.class.getName());

  @Inject private OutboxWorkers workers;
  @Resource private TransactionSynchronizationRegistry transactions;

  @Override
  public void publish(IntegrationEvent event) {
    List<String> targets = workers.directory().targetIdsFor(event);
    if (targets.isEmpty()) {
      return;
    }
    workers.store().append(targets, event, Instant.now());
    LOG.log(Level.DEBUG, "{0} event {1} queued for {2}", event.type().wireName(), event.id(),
        targets);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              workers.wake();
            }
          }
        });
  }
}
