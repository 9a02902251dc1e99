package io.longwave.connector.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.frame.GatewayConnectionState;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.backend.BridgeCounters;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EndpointDeliveryTest {

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final BridgeCounters counters = new BridgeCounters();
  private final RecordingEndpointFactory factory = new RecordingEndpointFactory();

  @AfterEach
  void shutdown() {
    executor.shutdownNow();
  }

  private static GatewayEvent state(long id) {
    return new GatewayEvent.ConnectionState(new GatewayConnectionState(new GatewayId(id), true));
  }

  @Test
  void delivers_every_event_to_the_bean_and_reuses_endpoints() {
    EndpointDelivery delivery = new EndpointDelivery(factory, 3, 10_000, counters);
    delivery.start(executor);
    for (int i = 0; i < 5000; i++) {
      assertTrue(delivery.offer(state(i)));
    }
    awaitTrue(() -> factory.received.size() == 5000);
    delivery.stop(1000);
    assertEquals(5000, counters.get("delivery.delivered.connection_state"));
    assertTrue(factory.created.get() <= 3, "one endpoint per worker, got " + factory.created);
    assertEquals(factory.created.get(), factory.released.get());
  }

  @Test
  void drops_and_counts_when_the_queue_is_full() {
    EndpointDelivery delivery = new EndpointDelivery(factory, 1, 2, counters);
    // not started: nothing takes from the queue, but offers before start count as stopped
    assertFalse(delivery.offer(state(1)));
    assertEquals(1, counters.get("delivery.dropped.stopped"));
  }

  @Test
  void retries_while_the_container_refuses_endpoints() {
    factory.refuseFirst = 3;
    EndpointDelivery delivery = new EndpointDelivery(factory, 1, 100, counters);
    delivery.start(executor);
    delivery.offer(state(7));
    awaitTrue(() -> factory.received.size() == 1);
    delivery.stop(1000);
    assertEquals(0, counters.get("delivery.dropped.unavailable"));
  }

  @Test
  void a_failing_bean_is_counted_and_delivery_goes_on_with_a_new_endpoint() {
    GatewayEvent bad = state(1);
    factory.failOn = ((GatewayEvent.ConnectionState) bad).state();
    EndpointDelivery delivery = new EndpointDelivery(factory, 1, 100, counters);
    delivery.start(executor);
    delivery.offer(bad);
    delivery.offer(state(2));
    awaitTrue(() -> factory.received.size() == 1);
    delivery.stop(1000);
    assertEquals(1, counters.get("delivery.failed.connection_state"));
    assertEquals(2, factory.created.get());
  }

  @Test
  void stop_delivers_what_is_queued_first() {
    EndpointDelivery delivery = new EndpointDelivery(factory, 2, 10_000, counters);
    delivery.start(executor);
    for (int i = 0; i < 1000; i++) {
      delivery.offer(state(i));
    }
    delivery.stop(5000);
    assertEquals(1000, factory.received.size());
    assertFalse(delivery.offer(state(1)));
  }

  static void awaitTrue(BooleanSupplier condition) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 10 s");
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
