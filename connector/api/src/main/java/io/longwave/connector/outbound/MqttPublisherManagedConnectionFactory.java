package io.longwave.connector.outbound;

import io.longwave.connector.LongwaveResourceAdapter;
import io.longwave.connector.api.MqttPublisher;
import io.longwave.connector.api.MqttPublisherFactory;
import io.longwave.connector.integration.MqttIntegrationRuntime;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import java.io.PrintWriter;
import java.util.Set;
import javax.security.auth.Subject;

/**
 * Creates {@link MqttPublisherManagedConnection}s onto the adapter's MQTT integration link.
 * Connections carry no per-connection state, so any pooled one matches any request.
 */
@ConnectionDefinition(
    connectionFactory = MqttPublisherFactory.class,
    connectionFactoryImpl = MqttPublisherFactoryImpl.class,
    connection = MqttPublisher.class,
    connectionImpl = MqttPublisherImpl.class)
public class MqttPublisherManagedConnectionFactory
    implements ManagedConnectionFactory, ResourceAdapterAssociation {

  private static final long serialVersionUID = 1L;

  private transient ResourceAdapter resourceAdapter;
  private transient PrintWriter logWriter;

  @Override
  public Object createConnectionFactory(ConnectionManager cm) {
    return new MqttPublisherFactoryImpl(this, cm);
  }

  @Override
  public Object createConnectionFactory() {
    return new MqttPublisherFactoryImpl(this, new UnmanagedConnectionManager());
  }

  @Override
  public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) {
    return new MqttPublisherManagedConnection(this);
  }

  @Override
  @SuppressWarnings("rawtypes")
  public ManagedConnection matchManagedConnections(
      Set connections, Subject subject, ConnectionRequestInfo info) {
    for (Object c : connections) {
      if (c instanceof MqttPublisherManagedConnection mc) {
        return mc;
      }
    }
    return null;
  }

  /** The MQTT integration link of the adapter this factory belongs to. */
  MqttIntegrationRuntime runtime() throws ResourceException {
    if (!(resourceAdapter instanceof LongwaveResourceAdapter ra)) {
      throw new ResourceException("the connection factory is not associated with the adapter");
    }
    try {
      return ra.mqttIntegration();
    } catch (IllegalStateException e) {
      throw new ResourceException(e.getMessage(), e);
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public ResourceAdapter getResourceAdapter() {
    return resourceAdapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter ra) {
    this.resourceAdapter = ra;
  }

  // No configuration properties: factories of one adapter are interchangeable.
  @Override
  public boolean equals(Object o) {
    return o instanceof MqttPublisherManagedConnectionFactory f
        && f.resourceAdapter == resourceAdapter;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(resourceAdapter);
  }
}
