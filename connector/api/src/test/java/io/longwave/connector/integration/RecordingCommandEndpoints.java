package io.longwave.connector.integration;

import io.longwave.connector.api.MqttCommandListener;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.transaction.xa.XAResource;

/** Stands in for the container: its endpoints record each command as "topic payload". */
final class RecordingCommandEndpoints implements MessageEndpointFactory {

  final List<String> received = new CopyOnWriteArrayList<>();
  final AtomicInteger released = new AtomicInteger();
  volatile int refuseFirst;

  @Override
  public MessageEndpoint createEndpoint(XAResource xa) throws UnavailableException {
    if (refuseFirst > 0) {
      refuseFirst--;
      throw new UnavailableException("application not started yet");
    }
    return (MessageEndpoint)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {MqttCommandListener.class, MessageEndpoint.class},
            (proxy, method, args) -> invoke(method, args));
  }

  private Object invoke(Method method, Object[] args) {
    switch (method.getName()) {
      case "release" -> released.incrementAndGet();
      case "onCommand" -> {
        String payload = new String((byte[]) args[1], StandardCharsets.UTF_8);
        if (payload.equals("boom")) {
          throw new IllegalStateException("bean failure");
        }
        received.add(args[0] + " " + payload);
      }
      case "hashCode" -> {
        return System.identityHashCode(this);
      }
      case "equals" -> {
        return false;
      }
      default -> {}
    }
    return null;
  }

  @Override
  public MessageEndpoint createEndpoint(XAResource xa, long timeout) throws UnavailableException {
    return createEndpoint(xa);
  }

  @Override
  public boolean isDeliveryTransacted(Method method) {
    return false;
  }

  @Override
  public String getActivationName() {
    return "recording-commands";
  }

  @Override
  public Class<?> getEndpointClass() {
    return MqttCommandListener.class;
  }
}
