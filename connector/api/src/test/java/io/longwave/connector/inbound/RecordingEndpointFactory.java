package io.longwave.connector.inbound;

import io.longwave.connector.api.GatewayEventListener;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A message endpoint factory standing in for the container: its endpoints record every listener
 * call. It can refuse the first endpoints (application still starting) and make the bean throw.
 */
public final class RecordingEndpointFactory implements MessageEndpointFactory {

  public final List<Object> received = new CopyOnWriteArrayList<>();
  public final AtomicInteger created = new AtomicInteger();
  public final AtomicInteger released = new AtomicInteger();
  public volatile int refuseFirst;
  public volatile Object failOn;

  @Override
  public MessageEndpoint createEndpoint(javax.transaction.xa.XAResource xa)
      throws UnavailableException {
    if (refuseFirst > 0) {
      refuseFirst--;
      throw new UnavailableException("application not started yet");
    }
    created.incrementAndGet();
    return (MessageEndpoint)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {GatewayEventListener.class, MessageEndpoint.class},
            (proxy, method, args) -> invoke(method, args));
  }

  private Object invoke(Method method, Object[] args) {
    switch (method.getName()) {
      case "release" -> released.incrementAndGet();
      case "onUplink", "onGatewayStats", "onTxAck", "onConnectionState" -> {
        if (failOn != null && failOn.equals(args[0])) {
          throw new IllegalStateException("bean failure");
        }
        received.add(args[0]);
      }
      case "hashCode" -> {
        return System.identityHashCode(this);
      }
      case "equals" -> {
        return false;
      }
      case "toString" -> {
        return "recording endpoint";
      }
      default -> {}
    }
    return null;
  }

  @Override
  public MessageEndpoint createEndpoint(javax.transaction.xa.XAResource xa, long timeout)
      throws UnavailableException {
    return createEndpoint(xa);
  }

  @Override
  public boolean isDeliveryTransacted(Method method) {
    return false;
  }

  @Override
  public String getActivationName() {
    return "recording";
  }

  @Override
  public Class<?> getEndpointClass() {
    return GatewayEventListener.class;
  }
}
