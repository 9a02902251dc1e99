package io.longwave.integration.jms;

import io.longwave.integration.DownlinkCommandIntake;
import io.longwave.integration.DownlinkCommandReader;
import io.longwave.integration.IntegrationCounters;
import io.longwave.integration.RejectedDownlinkException;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;

/**
 * Takes downlink commands from the downlink queue: a text (or bytes) message holding the MQTT
 * command plus {@code applicationID} and {@code devEUI}. A command that cannot be honoured goes to
 * the dead-letter queue with its body and properties {@code reason} (e.g. {@code bad_fport}) and
 * {@code error} (the message), and is counted. The caller owns the session and its transaction,
 * so the receipt, the queued downlink and the dead letter commit together.
 */
public final class JmsDownlinkReceiver {

  private static final Logger LOG = System.getLogger(JmsDownlinkReceiver.class.getName());

  private final JmsIntegrationConfig config;
  private final DownlinkCommandIntake intake;
  private final IntegrationCounters counters;

  public JmsDownlinkReceiver(
      JmsIntegrationConfig config, DownlinkCommandIntake intake, IntegrationCounters counters) {
    this.config = config;
    this.intake = intake;
    this.counters = counters;
  }

  /**
   * Receives and handles at most one command, waiting up to {@code timeoutMillis}.
   *
   * @return whether a message was received
   */
  public boolean receiveOne(Session session, long timeoutMillis) throws JMSException {
    Message m;
    try (MessageConsumer consumer =
        session.createConsumer(session.createQueue(config.downlinkQueue()))) {
      m = consumer.receive(timeoutMillis);
    }
    if (m == null) {
      return false;
    }
    byte[] body = body(m);
    try {
      if (body == null) {
        throw new RejectedDownlinkException(RejectedDownlinkException.Reason.MALFORMED,
            "the message is neither a text nor a bytes message");
      }
      intake.accept(DownlinkCommandReader.readAddressed(body));
      counters.increment("commands.queued");
    } catch (RejectedDownlinkException e) {
      deadLetter(session, body, e.reason().counterName(), e.getMessage());
    }
    return true;
  }

  private void deadLetter(Session session, byte[] body, String reason, String error)
      throws JMSException {
    counters.increment("commands.dropped." + reason);
    LOG.log(Level.WARNING, "JMS downlink command dropped [{0}]: {1}", reason, error);
    TextMessage dead =
        session.createTextMessage(body == null ? "" : new String(body, StandardCharsets.UTF_8));
    dead.setStringProperty("reason", reason);
    dead.setStringProperty("error", error);
    try (MessageProducer p = session.createProducer(session.createQueue(config.deadLetterQueue()))) {
      p.send(dead);
    }
  }

  private static byte[] body(Message m) throws JMSException {
    if (m instanceof TextMessage t) {
      String text = t.getText();
      return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }
    if (m instanceof BytesMessage b) {
      long n = b.getBodyLength();
      byte[] out = new byte[(int) Math.min(n, DownlinkCommandReader.MAX_MESSAGE_BYTES + 1L)];
      b.readBytes(out);
      return out;
    }
    return null;
  }
}
