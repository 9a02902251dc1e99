package io.longwave.connector.outbound;

import io.longwave.connector.GatewayBridge;
import io.longwave.connector.LongwaveResourceAdapter;
import io.longwave.connector.api.GatewayConnection;
import io.longwave.connector.api.GatewayConnectionFactory;
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
 * Creates {@link GatewayManagedConnection}s onto the adapter's running bridge. Connections carry
 * no per-connection state, so any pooled one matches any request.
 */
@ConnectionDefinition(
    connectionFactory = GatewayConnectionFactory.class,
    connectionFactoryImpl = GatewayConnectionFactoryImpl.class,
    connection = GatewayConnection.class,
    connectionImpl = GatewayConnectionImpl.class)
public class GatewayManagedConnectionFactory
    implements ManagedConnectionFactory, ResourceAdapterAssociation {

  private static final long serialVersionUID = 1L;

  private transient ResourceAdapter resourceAdapter;
  private transient PrintWriter logWriter;

  @Override
  public Object createConnectionFactory(ConnectionManager cm) {
    return new GatewayConnectionFactoryImpl(this, cm);
  }

  @Override
  public Object createConnectionFactory() {
    return new GatewayConnectionFactoryImpl(this, new UnmanagedConnectionManager());
  }

  @Override
  public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) {
    return new GatewayManagedConnection(this);
  }

  @Override
  @SuppressWarnings("rawtypes")
  public ManagedConnection matchManagedConnections(
      Set connections, Subject subject, ConnectionRequestInfo info) {
    for (Object c : connections) {
      if (c instanceof GatewayManagedConnection mc) {
        return mc;
      }
    }
    return null;
  }

  /** The bridge of the adapter this factory belongs to. */
  GatewayBridge bridge() throws ResourceException {
    if (!(resourceAdapter instanceof LongwaveResourceAdapter ra)) {
      throw new ResourceException("the connection factory is not associated with the adapter");
    }
    try {
      return ra.bridge();
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
    return o instanceof GatewayManagedConnectionFactory f && f.resourceAdapter == resourceAdapter;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(resourceAdapter);
  }
}
