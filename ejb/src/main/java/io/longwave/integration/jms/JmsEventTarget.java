package io.longwave.integration.jms;

import io.longwave.integration.DeliveryException;
import io.longwave.integration.IntegrationEvent;
import io.longwave.integration.IntegrationTarget;
import jakarta.jms.JMSException;

/**
 * Delivers events to the JMS events topic ({@link JmsEventMessages}). {@link #deliver} returns
 * once the send is committed and throws {@link DeliveryException} otherwise, so the outbox keeps
 * the event.
 */
public final class JmsEventTarget implements IntegrationTarget {

  public static final String ID = "jms";

  private final JmsIntegrationConfig config;
  private final JmsSessions sessions;

  public JmsEventTarget(JmsIntegrationConfig config, JmsSessions sessions) {
    this.config = config;
    this.sessions = sessions;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void deliver(IntegrationEvent event) throws DeliveryException {
    try {
      sessions.inTransaction(s -> {
        JmsEventMessages.send(s, config.eventTopic(), event);
        return null;
      });
    } catch (JMSException | RuntimeException e) {
      throw new DeliveryException("sending to JMS topic " + config.eventTopic() + " failed: "
          + e.getMessage(), e);
    }
  }
}
