package io.longwave.connector.outbound;

import io.longwave.connector.api.MqttPublisher;
import io.longwave.connector.api.MqttPublisherFactory;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;

/** The factory applications inject; it asks the container's connection manager for handles. */
public class MqttPublisherFactoryImpl implements MqttPublisherFactory {

  private static final long serialVersionUID = 1L;

  private final MqttPublisherManagedConnectionFactory mcf;
  private final ConnectionManager connectionManager;
  private Reference reference;

  MqttPublisherFactoryImpl(MqttPublisherManagedConnectionFactory mcf, ConnectionManager cm) {
    this.mcf = mcf;
    this.connectionManager = cm;
  }

  @Override
  public MqttPublisher getConnection() throws ResourceException {
    return (MqttPublisher) connectionManager.allocateConnection(mcf, null);
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
