package io.longwave.integration.mqtt;

import io.longwave.connector.api.MqttCommandListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Receives the MQTT integration's downlink commands from the adapter and hands them on. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "longwave-connector")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MqttCommandConsumer implements MqttCommandListener {

  @EJB private MqttIntegration integration;

  @Override
  public void onCommand(String topic, byte[] payload) {
    integration.command(topic, payload);
  }
}
