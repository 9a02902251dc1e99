package io.longwave.connector.inbound;

import io.longwave.connector.api.MqttCommandListener;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ResourceAdapter;
import java.io.Serializable;

/**
 * Activation of a message-driven bean implementing {@link MqttCommandListener}. It has no
 * properties: the broker and the command subscription are set through {@link
 * io.longwave.connector.api.MqttPublisher#configure}, so that one configuration source
 * (MicroProfile Config) drives them.
 */
@Activation(messageListeners = MqttCommandListener.class)
public class MqttCommandActivationSpec implements ActivationSpec, Serializable {

  private static final long serialVersionUID = 1L;

  private transient ResourceAdapter resourceAdapter;

  @Override
  public void validate() {
    // nothing to check
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
