package io.longwave.connector.inbound;

import io.longwave.connector.api.GatewayEventListener;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import java.io.Serializable;

/**
 * Activation of a message-driven bean implementing {@link GatewayEventListener}. The bean receives
 * every gateway event of every backend; what the bridge listens on is set through {@link
 * io.longwave.connector.api.GatewayConnection#configure}, not here, so that one configuration
 * source (MicroProfile Config) drives it.
 */
@Activation(messageListeners = GatewayEventListener.class)
public class GatewayActivationSpec implements ActivationSpec, Serializable {

  private static final long serialVersionUID = 1L;

  private transient ResourceAdapter resourceAdapter;

  @ConfigProperty(
      defaultValue = "4",
      description = "How many threads deliver events to this bean concurrently")
  private Integer deliveryWorkers = 4;

  @ConfigProperty(
      defaultValue = "100000",
      description = "How many events may wait for delivery before new ones are dropped")
  private Integer queueCapacity = 100_000;

  public Integer getDeliveryWorkers() {
    return deliveryWorkers;
  }

  public void setDeliveryWorkers(Integer deliveryWorkers) {
    this.deliveryWorkers = deliveryWorkers;
  }

  public Integer getQueueCapacity() {
    return queueCapacity;
  }

  public void setQueueCapacity(Integer queueCapacity) {
    this.queueCapacity = queueCapacity;
  }

  @Override
  public void validate() throws InvalidPropertyException {
    if (deliveryWorkers == null || deliveryWorkers < 1 || deliveryWorkers > 64) {
      throw new InvalidPropertyException("deliveryWorkers must be 1 to 64, got " + deliveryWorkers);
    }
    if (queueCapacity == null || queueCapacity < 1) {
      throw new InvalidPropertyException("queueCapacity must be positive, got " + queueCapacity);
    }
  }

  @Override
  public ResourceAdapter getResourceAdapter() {
    return resourceAdapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter ra) throws ResourceException {
    this.resourceAdapter = ra;
  }
}
