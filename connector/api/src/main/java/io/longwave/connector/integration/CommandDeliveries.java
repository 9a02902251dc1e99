package io.longwave.connector.integration;

import io.longwave.connector.api.MqttCommandListener;
import io.longwave.connector.backend.BridgeCounters;
import io.longwave.connector.backend.DropLog;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Hands command messages to the activated beans implementing {@link MqttCommandListener}: each
 * message to every bean, synchronously (the caller waits), on the adapter's work threads. While
 * the application is still starting the container may refuse endpoints; delivery then waits and
 * tries again for a while before the message is dropped and counted.
 *
 * <p>Threading: {@link #deliver} from one thread at a time (the MQTT callback thread); beans are
 * added and removed from any thread.
 */
public final class CommandDeliveries {

  private static final Logger LOG = System.getLogger(CommandDeliveries.class.getName());
  static final int UNAVAILABLE_RETRY_LIMIT = 150;
  private static final long UNAVAILABLE_RETRY_MILLIS = 200;
  private static final long CALL_TIMEOUT_SECONDS = 60;

  private final List<MessageEndpointFactory> factories = new CopyOnWriteArrayList<>();
  private final Executor executor;
  private final BridgeCounters counters;
  private final DropLog drops;

  public CommandDeliveries(Executor executor, BridgeCounters counters) {
    this.executor = executor;
    this.counters = counters;
    this.drops = new DropLog(counters, 10_000);
  }

  public void add(MessageEndpointFactory factory) {
    factories.add(factory);
  }

  public void remove(MessageEndpointFactory factory) {
    factories.remove(factory);
  }

  /** Delivers one message to every bean and returns when they are done. Never throws. */
  public void deliver(String topic, byte[] payload) {
    if (factories.isEmpty()) {
      drops.drop("integration.mqtt.commands.dropped.no_endpoint", topic,
          "no bean listens for MQTT commands");
      return;
    }
    for (MessageEndpointFactory f : factories) {
      try {
        CompletableFuture.runAsync(() -> call(f, topic, payload), executor)
            .get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        counters.increment("integration.mqtt.commands.delivered");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        drops.drop("integration.mqtt.commands.dropped.interrupted", topic, "interrupted");
        return;
      } catch (ExecutionException | TimeoutException | RuntimeException e) {
        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
        drops.drop("integration.mqtt.commands.dropped.error", topic, String.valueOf(cause));
      }
    }
  }

  private void call(MessageEndpointFactory factory, String topic, byte[] payload) {
    MessageEndpoint endpoint = endpoint(factory);
    try {
      ((MqttCommandListener) endpoint).onCommand(topic, payload);
    } finally {
      endpoint.release();
    }
  }

  private static MessageEndpoint endpoint(MessageEndpointFactory factory) {
    for (int attempt = 1; ; attempt++) {
      try {
        return factory.createEndpoint(null);
      } catch (UnavailableException e) {
        if (attempt >= UNAVAILABLE_RETRY_LIMIT) {
          throw new IllegalStateException("the command bean stayed unavailable: " + e.getMessage(), e);
        }
        if (attempt == 1) {
          LOG.log(Level.INFO, "the MQTT command bean is not available yet; waiting");
        }
        try {
          Thread.sleep(UNAVAILABLE_RETRY_MILLIS);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for the command bean", ie);
        }
      }
    }
  }
}
