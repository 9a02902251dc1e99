package io.longwave.connector.api;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import java.io.Serializable;

/**
 * Looked up or injected by application components to obtain {@link MqttPublisher}s. Define it
 * with {@code @ConnectionFactoryDefinition(interfaceName =
 * "io.longwave.connector.api.MqttPublisherFactory", resourceAdapter = "longwave-connector")}.
 * Thread-safe.
 */
public interface MqttPublisherFactory extends Serializable, Referenceable {

  /**
   * A publisher handle; close it when done (try-with-resources).
   *
   * @throws ResourceException when the adapter cannot provide one
   */
  MqttPublisher getConnection() throws ResourceException;
}
