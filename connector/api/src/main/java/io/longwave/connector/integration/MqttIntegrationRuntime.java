package io.longwave.connector.integration;

import io.longwave.connector.api.MqttIntegrationSettings;
import io.longwave.connector.api.MqttPublishException;
import io.longwave.connector.backend.BridgeCounters;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The adapter's application-side MQTT link across its life: configured by the application (so
 * that MicroProfile Config drives it), restarted when its settings change, and the beans that
 * receive its commands. Threading: any thread; {@link #configure} and {@link #shutdown} are
 * serialised.
 */
public final class MqttIntegrationRuntime {

  private final BridgeCounters counters = new BridgeCounters();
  private final CommandDeliveries commands;
  private volatile MqttIntegrationLink link;

  public MqttIntegrationRuntime(Executor executor) {
    this.commands = new CommandDeliveries(executor, counters);
  }

  /**
   * Starts the link, or restarts it when the settings differ from the running ones.
   *
   * @throws IllegalArgumentException when the settings cannot be used, with the reason
   */
  public synchronized void configure(MqttIntegrationSettings settings) {
    Objects.requireNonNull(settings, "settings");
    MqttIntegrationLink old = link;
    if (old != null && old.settings().equals(settings)) {
      return;
    }
    if (old != null) {
      old.close();
      link = null;
    }
    MqttIntegrationLink fresh = new MqttIntegrationLink(settings, commands, counters);
    try {
      fresh.start();
    } catch (IOException e) {
      fresh.close();
      throw new IllegalArgumentException(
          "the MQTT integration cannot start: " + e.getMessage(), e);
    }
    link = fresh;
  }

  /** Closes the link. */
  public synchronized void shutdown() {
    MqttIntegrationLink l = link;
    link = null;
    if (l != null) {
      l.close();
    }
  }

  /** Publishes through the running link. */
  public void publish(String topic, byte[] payload, int qos, boolean retain)
      throws MqttPublishException {
    MqttIntegrationLink l = link;
    if (l == null) {
      throw new MqttPublishException("the MQTT integration is not configured");
    }
    l.publish(topic, payload, qos, retain);
  }

  public boolean isConnected() {
    MqttIntegrationLink l = link;
    return l != null && l.isConnected();
  }

  public Map<String, Long> counters() {
    return counters.snapshot();
  }

  /** A bean that receives commands. */
  public void addCommandListener(MessageEndpointFactory factory) {
    commands.add(factory);
  }

  public void removeCommandListener(MessageEndpointFactory factory) {
    commands.remove(factory);
  }
}
