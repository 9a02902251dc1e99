package io.longwave.connector.api;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import java.io.Serializable;

/**
 * Looked up or injected by application components to obtain {@link GatewayConnection}s. Define it
 * with {@code @ConnectionFactoryDefinition(interfaceName = GatewayConnectionFactory.class…,
 * resourceAdapter = "longwave-connector")}. Thread-safe.
 */
public interface GatewayConnectionFactory extends Serializable, Referenceable {

  /**
   * A connection handle; close it when done (try-with-resources).
   *
   * @throws ResourceException when the adapter cannot provide one
   */
  GatewayConnection getConnection() throws ResourceException;
}
