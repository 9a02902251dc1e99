package io.longwave.connector.outbound;

import io.longwave.connector.api.GatewayConnection;
import io.longwave.connector.api.GatewayConnectionFactory;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;

/** The factory applications inject; it asks the container's connection manager for handles. */
public class GatewayConnectionFactoryImpl implements GatewayConnectionFactory {

  private static final long serialVersionUID = 1L;

  private final GatewayManagedConnectionFactory mcf;
  private final ConnectionManager connectionManager;
  private Reference reference;

  GatewayConnectionFactoryImpl(GatewayManagedConnectionFactory mcf, ConnectionManager cm) {
    this.mcf = mcf;
    this.connectionManager = cm;
  }

  @Override
  public GatewayConnection getConnection() throws ResourceException {
    return (GatewayConnection) connectionManager.allocateConnection(mcf, null);
  }

  @Override
  public void setReference(Reference reference) {
    this.reference = reference;
  }

  @Override
  public Reference getReference() {
    return reference;
  }
}
