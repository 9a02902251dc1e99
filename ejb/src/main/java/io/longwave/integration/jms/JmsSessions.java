package io.longwave.integration.jms;

import jakarta.jms.JMSException;
import jakarta.jms.Session;

/**
 * Runs work in a JMS session inside one transaction: committed when the work returns, rolled back
 * when it throws. In the container a JTA transaction over the resource adapter's XA connection
 * factory; in tests a locally transacted session.
 */
@FunctionalInterface
public interface JmsSessions {

  /** The work of one transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Session session) throws JMSException;
  }

  /**
   * Runs {@code work} and commits.
   *
   * @throws JMSException when the work or the commit failed (everything was rolled back)
   */
  <T> T inTransaction(Work<T> work) throws JMSException;
}
