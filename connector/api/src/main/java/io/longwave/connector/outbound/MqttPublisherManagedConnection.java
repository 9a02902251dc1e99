package io.longwave.connector.outbound;

import io.longwave.connector.integration.MqttIntegrationRuntime;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;

/**
 * A pooled connection onto the adapter's MQTT integration link. It holds no socket of its own
 * (the adapter owns the one broker connection), so it is cheap; it exists to give the container
 * the JCA handle life cycle.
 */
public class MqttPublisherManagedConnection implements ManagedConnection {

  private final MqttPublisherManagedConnectionFactory mcf;
  private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
  private final Set<MqttPublisherImpl> handles = ConcurrentHashMap.newKeySet();
  private PrintWriter logWriter;

  MqttPublisherManagedConnection(MqttPublisherManagedConnectionFactory mcf) {
    this.mcf = mcf;
  }

  @Override
  public Object getConnection(Subject subject, ConnectionRequestInfo info) {
    MqttPublisherImpl handle = new MqttPublisherImpl(this);
    handles.add(handle);
    return handle;
  }

  MqttIntegrationRuntime runtime() throws ResourceException {
    return mcf.runtime();
  }

  /** Called by a handle's close(): tells the container the handle is free. */
  void handleClosed(MqttPublisherImpl handle) {
    handles.remove(handle);
    ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
    event.setConnectionHandle(handle);
    for (ConnectionEventListener l : listeners) {
      l.connectionClosed(event);
    }
  }

  @Override
  public void destroy() {
    cleanup();
  }

  @Override
  public void cleanup() {
    handles.forEach(MqttPublisherImpl::invalidate);
    handles.clear();
  }

  @Override
  public void associateConnection(Object connection) throws ResourceException {
    if (!(connection instanceof MqttPublisherImpl handle)) {
      throw new ResourceException("not an MQTT publisher handle: " + connection);
    }
    handle.associate(this);
    handles.add(handle);
  }

  @Override
  public void addConnectionEventListener(ConnectionEventListener listener) {
    listeners.add(listener);
  }

  @Override
  public void removeConnectionEventListener(ConnectionEventListener listener) {
    listeners.remove(listener);
  }

  @Override
  public XAResource getXAResource() throws ResourceException {
    throw new NotSupportedException("the MQTT integration is not transactional");
  }

  @Override
  public LocalTransaction getLocalTransaction() throws ResourceException {
    throw new NotSupportedException("the MQTT integration is not transactional");
  }

  @Override
  public ManagedConnectionMetaData getMetaData() {
    return new ManagedConnectionMetaData() {
      @Override
      public String getEISProductName() {
        return "Longwave MQTT integration";
      }

      @Override
      public String getEISProductVersion() {
        return "1.0";
      }

      @Override
      public int getMaxConnections() {
        return 0;
      }

      @Override
      public String getUserName() {
        return null;
      }
    };
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }
}
