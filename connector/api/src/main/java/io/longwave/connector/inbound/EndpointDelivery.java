package io.longwave.connector.inbound;

import io.longwave.connector.api.GatewayEventListener;
import io.longwave.connector.backend.BridgeCounters;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;

/**
 * Delivers gateway events to one activated message-driven bean. Events wait in a bounded queue;
 * a fixed number of workers take them and call the bean through a message endpoint each worker
 * keeps (re-created after a failure). {@link #offer} never blocks: on a full queue the event is
 * dropped and counted ({@code delivery.dropped.queue_full}).
 *
 * <p>While the application is still starting, the container may refuse endpoints; a worker then
 * waits and retries the same event for up to {@link #UNAVAILABLE_RETRY_LIMIT} attempts.
 *
 * <p>Threading: {@link #offer} from any thread; {@link #start} and {@link #stop} once each.
 */
public final class EndpointDelivery {

  private static final Logger LOG = System.getLogger(EndpointDelivery.class.getName());
  static final int UNAVAILABLE_RETRY_LIMIT = 150;
  private static final long UNAVAILABLE_RETRY_MILLIS = 200;

  private final MessageEndpointFactory endpointFactory;
  private final BlockingQueue<GatewayEvent> queue;
  private final int workers;
  private final BridgeCounters counters;
  private final CountDownLatch stopped;
  private volatile boolean running;

  public EndpointDelivery(
      MessageEndpointFactory endpointFactory,
      int workers,
      int queueCapacity,
      BridgeCounters counters) {
    this.endpointFactory = endpointFactory;
    this.workers = workers;
    this.queue = new LinkedBlockingQueue<>(queueCapacity);
    this.counters = counters;
    this.stopped = new CountDownLatch(workers);
  }

  /** Starts the workers on {@code executor} (the adapter's work manager). */
  public void start(Executor executor) {
    running = true;
    for (int i = 0; i < workers; i++) {
      executor.execute(this::work);
    }
  }

  /** Queues an event; false (and counted) when the queue is full or delivery has stopped. */
  public boolean offer(GatewayEvent event) {
    if (!running) {
      counters.increment("delivery.dropped.stopped");
      return false;
    }
    if (!queue.offer(event)) {
      counters.increment("delivery.dropped.queue_full");
      return false;
    }
    return true;
  }

  /** Events waiting now. */
  public int queued() {
    return queue.size();
  }

  /** The factory this delivery serves. */
  public MessageEndpointFactory endpointFactory() {
    return endpointFactory;
  }

  /**
   * Stops the workers, waiting up to {@code timeoutMillis} for the events already queued to be
   * delivered; whatever is left is counted as dropped.
   */
  public void stop(long timeoutMillis) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    while (!queue.isEmpty() && System.nanoTime() < deadline) {
      sleep(10);
    }
    running = false;
    try {
      stopped.await(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) + 1000,
          TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    int left = queue.size();
    queue.clear();
    if (left > 0) {
      counters.add("delivery.dropped.stopped", left);
      LOG.log(Level.WARNING, "{0} gateway events were not delivered before the bean stopped", left);
    }
  }

  private void work() {
    MessageEndpoint endpoint = null;
    try {
      while (running) {
        GatewayEvent event = poll();
        if (event == null) {
          continue;
        }
        endpoint = deliver(event, endpoint);
      }
    } finally {
      release(endpoint);
      stopped.countDown();
    }
  }

  private MessageEndpoint deliver(GatewayEvent event, MessageEndpoint held) {
    MessageEndpoint endpoint = held;
    for (int attempt = 1; ; attempt++) {
      try {
        if (endpoint == null) {
          endpoint = endpointFactory.createEndpoint(null);
        }
        event.deliverTo((GatewayEventListener) endpoint);
        counters.increment("delivery.delivered." + event.kind());
        return endpoint;
      } catch (UnavailableException e) {
        if (attempt >= UNAVAILABLE_RETRY_LIMIT || !running) {
          counters.increment("delivery.dropped.unavailable");
          LOG.log(Level.WARNING, "no endpoint to deliver a gateway event: {0}", e.getMessage());
          return null;
        }
        sleep(UNAVAILABLE_RETRY_MILLIS);
      } catch (RuntimeException e) {
        counters.increment("delivery.failed." + event.kind());
        LOG.log(Level.WARNING, "the bean failed on a gateway " + event.kind() + " event", e);
        release(endpoint);
        return null;
      }
    }
  }

  private GatewayEvent poll() {
    try {
      return queue.poll(250, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
      return null;
    }
  }

  private static void release(MessageEndpoint endpoint) {
    if (endpoint != null) {
      try {
        endpoint.release();
      } catch (RuntimeException e) {
        LOG.log(Level.DEBUG, "releasing an endpoint failed", e);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
