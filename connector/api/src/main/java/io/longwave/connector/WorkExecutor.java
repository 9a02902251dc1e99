package io.longwave.connector;

import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs the adapter's long-lived loops (UDP receive, event delivery) as JCA {@link Work} on the
 * container's {@link WorkManager}, so that they use managed threads.
 */
final class WorkExecutor implements Executor {

  private final WorkManager workManager;

  WorkExecutor(WorkManager workManager) {
    this.workManager = workManager;
  }

  @Override
  public void execute(Runnable task) {
    try {
      workManager.scheduleWork(
          new Work() {
            @Override
            public void run() {
              task.run();
            }

            @Override
            public void release() {
              // the loops stop when their backend or delivery is closed
            }
          },
          WorkManager.INDEFINITE,
          null,
          null);
    } catch (WorkException e) {
      throw new RejectedExecutionException("the work manager refused a task", e);
    }
  }
}
