package io.longwave.connector.outbound;

import io.longwave.connector.api.MqttIntegrationSettings;
import io.longwave.connector.api.MqttPublishException;
import io.longwave.connector.api.MqttPublisher;
import io.longwave.connector.integration.MqttIntegrationRuntime;
import jakarta.resource.ResourceException;
import java.util.Map;

/** The handle applications use; every call goes to the adapter's MQTT integration link. */
public class MqttPublisherImpl implements MqttPublisher {

  private volatile MqttPublisherManagedConnection managed;
  private volatile boolean closed;

  MqttPublisherImpl(MqttPublisherManagedConnection managed) {
    this.managed = managed;
  }

  @Override
  public void publish(String topic, byte[] payload, int qos, boolean retain)
      throws MqttPublishException {
    runtime().publish(topic, payload, qos, retain);
  }

  @Override
  public boolean isConnected() {
    return runtime().isConnected();
  }

  @Override
  public void configure(MqttIntegrationSettings settings) {
    runtime().configure(settings);
  }

  @Override
  public void shutdown() {
    runtime().shutdown();
  }

  @Override
  public Map<String, Long> counters() {
    return runtime().counters();
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      MqttPublisherManagedConnection m = managed;
      if (m != null) {
        m.handleClosed(this);
      }
    }
  }

  void associate(MqttPublisherManagedConnection m) {
    this.managed = m;
  }

  void invalidate() {
    closed = true;
    managed = null;
  }

  private MqttIntegrationRuntime runtime() {
    MqttPublisherManagedConnection m = managed;
    if (closed || m == null) {
      throw new IllegalStateException("the MQTT publisher is closed");
    }
    try {
      return m.runtime();
    } catch (ResourceException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
