package io.longwave.integration.mqtt;

import io.longwave.connector.api.MqttPublisher;
import jakarta.resource.ResourceException;

/** Opens publisher handles: the adapter's connection factory, or a test's own link. */
@FunctionalInterface
public interface MqttPublishers {

  /** A handle; the caller closes it. */
  MqttPublisher open() throws ResourceException;
}
