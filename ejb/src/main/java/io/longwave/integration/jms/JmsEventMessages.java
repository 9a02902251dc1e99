package io.longwave.integration.jms;

import io.longwave.integration.IntegrationEvent;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

/**
 * Sends an event to the events topic: a persistent text message whose body is the event in the
 * {@code json_v3} encoding, with the properties {@code applicationID} (long), {@code devEUI} (hex),
 * {@code eventType} ({@code up}, {@code join}...) and {@code eventID} for selectors and
 * de-duplication. The caller owns the session and its transaction.
 */
public final class JmsEventMessages {

  private JmsEventMessages() {}

  /** Sends the event in {@code session}; the send takes effect when its transaction commits. */
  public static void send(Session session, String topic, IntegrationEvent event)
      throws JMSException {
    TextMessage m = session.createTextMessage(event.jsonV3().toString());
    m.setLongProperty("applicationID", event.applicationId());
    m.setStringProperty("devEUI", event.devEui().toString());
    m.setStringProperty("eventType", event.type().wireName());
    m.setStringProperty("eventID", event.id().toString());
    try (MessageProducer producer = session.createProducer(session.createTopic(topic))) {
      producer.setDeliveryMode(DeliveryMode.PERSISTENT);
      producer.send(m);
    }
  }
}
