package io.longwave.infrastructure.concurrency;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The scheduler the uplink path runs on: de-duplication windows close on it, and the flows that
 * follow (joins, data uplinks, Class A answers after their delay) run on its threads. Its threads
 * come from the container's managed thread factory, so they have the application's context; its
 * size is {@code longwave.network.worker-threads} (16 by default), because the flows spend most of
 * their time waiting on the database. The container's default managed scheduled executor has too
 * few threads for that: uplinks would queue behind each other's database round trips.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NetworkScheduler {

  private static final Logger LOG = System.getLogger(NetworkScheduler.class.getName());

  @Resource private ManagedThreadFactory threads;
  private ScheduledThreadPoolExecutor executor;

  @PostConstruct
  void start() {
    int n =
        ConfigProvider.getConfig()
            .getOptionalValue("longwave.network.worker-threads", Integer.class)
            .orElse(16);
    if (n < 1 || n > 512) {
      throw new IllegalArgumentException(
          "longwave.network.worker-threads must be 1 to 512, got " + n);
    }
    executor = new ScheduledThreadPoolExecutor(n, threads);
    executor.setRemoveOnCancelPolicy(true);
    LOG.log(Level.INFO, "network scheduler with {0} threads", n);
  }

  /** Runs {@code task} after {@code delay}. */
  public void schedule(Runnable task, Duration delay) {
    executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Tasks waiting to run or running. */
  public int queued() {
    return executor.getQueue().size();
  }

  @PreDestroy
  void stop() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      executor.shutdownNow();
    }
  }
}
