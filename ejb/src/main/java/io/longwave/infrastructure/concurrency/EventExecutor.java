package io.longwave.infrastructure.concurrency;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A fixed pool for asynchronous events, on threads of a given factory (the container's managed
 * thread factory, so that observers have the application's context). It exists because the
 * container's default managed executor captures the caller's context for every task, and in Payara
 * that capture walks the class loaders' service files each time: on the uplink path it cost more
 * than the events' observers. A full queue makes the caller run the task itself, so an event is
 * never dropped; the caller only slows down.
 */
public final class EventExecutor implements Executor, AutoCloseable {

  private final ThreadPoolExecutor pool;

  /**
   * @param threads number of threads, 1 to 512
   * @param queueCapacity tasks that may wait before callers run them themselves
   * @param factory where threads come from
   */
  public EventExecutor(int threads, int queueCapacity, ThreadFactory factory) {
    if (threads < 1 || threads > 512) {
      throw new IllegalArgumentException("event threads must be 1 to 512, got " + threads);
    }
    pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(queueCapacity), factory, new ThreadPoolExecutor.CallerRunsPolicy());
  }

  @Override
  public void execute(Runnable task) {
    pool.execute(task);
  }

  /** Tasks waiting for a thread. */
  public int queued() {
    return pool.getQueue().size();
  }

  /** Lets queued tasks finish for up to 5 s, then stops the threads. */
  @Override
  public void close() {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pool.shutdownNow();
    }
  }
}
