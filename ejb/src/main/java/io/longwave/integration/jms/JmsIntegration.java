package io.longwave.integration.jms;

import io.longwave.domain.device.DeviceRepository;
import io.longwave.integration.ApplicationDownlinks;
import io.longwave.integration.DownlinkCommandIntake;
import io.longwave.integration.IntegrationCounters;
import io.longwave.integration.IntegrationEvent;
import io.longwave.integration.IntegrationTarget;
import io.longwave.integration.IntegrationTargets;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The JMS integration, off unless {@code longwave.integration.jms.enabled}: events to the events
 * topic as an outbox target, downlink commands from the downlink queue. The connection factory is
 * looked up by name at start (it is created with the broker's adapter, see {@code
 * docs/integrations.md}), so the application deploys without a broker when JMS is off. Commands
 * are read by one managed thread, each receipt in its own JTA transaction.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class JmsIntegration implements IntegrationTargets {

  private static final Logger LOG = System.getLogger(JmsIntegration.class.getName());
  private static final long RECEIVE_MILLIS = 1000;
  private static final long FAILURE_PAUSE_MILLIS = 2000;

  @Resource private UserTransaction transaction;
  @Resource private ManagedThreadFactory threads;
  @Inject private DeviceRepository devices;
  @Inject private Instance<ApplicationDownlinks> downlinks;

  private final IntegrationCounters counters = new IntegrationCounters();
  private volatile ConnectionFactory factory;
  private volatile JmsEventTarget target;
  private volatile Thread receiver;
  private volatile boolean running;

  @PostConstruct
  void start() {
    JmsIntegrationConfig config;
    try {
      config = JmsIntegrationConfig.from(
          key -> ConfigProvider.getConfig().getOptionalValue(key, String.class));
    } catch (IllegalArgumentException e) {
      LOG.log(Level.ERROR, "the JMS integration did not start: {0}", e.getMessage());
      return;
    }
    if (!config.enabled()) {
      LOG.log(Level.INFO, "JMS integration off");
      return;
    }
    try {
      factory = (ConnectionFactory) new InitialContext().lookup(config.connectionFactory());
    } catch (NamingException | ClassCastException e) {
      LOG.log(Level.ERROR, "the JMS integration did not start: no connection factory {0} ({1})",
          config.connectionFactory(), e.getMessage());
      return;
    }
    target = new JmsEventTarget(config, this::inTransaction);
    JmsDownlinkReceiver downlinkReceiver =
        new JmsDownlinkReceiver(config,
            new DownlinkCommandIntake(devices, this::applicationDownlinks), counters);
    running = true;
    receiver = threads.newThread(() -> receiveLoop(downlinkReceiver));
    receiver.setName("longwave-jms-downlinks");
    receiver.start();
    LOG.log(Level.INFO, "JMS integration: events to topic {0}, downlinks from queue {1}",
        config.eventTopic(), config.downlinkQueue());
  }

  @PreDestroy
  void stop() {
    running = false;
    Thread t = receiver;
    if (t != null) {
      t.interrupt();
    }
  }

  private void receiveLoop(JmsDownlinkReceiver downlinkReceiver) {
    while (running) {
      try {
        inTransaction(s -> downlinkReceiver.receiveOne(s, RECEIVE_MILLIS));
      } catch (JMSException | RuntimeException e) {
        if (!running) {
          return;
        }
        counters.increment("receive_failures");
        LOG.log(Level.WARNING, "reading JMS downlinks failed: {0}", e.getMessage());
        try {
          Thread.sleep(FAILURE_PAUSE_MILLIS);
        } catch (InterruptedException ie) {
          return;
        }
      }
    }
  }

  private <T> T inTransaction(JmsSessions.Work<T> work) throws JMSException {
    try {
      transaction.begin();
      T result;
      try (Connection c = factory.createConnection()) {
        c.start();
        Session s = c.createSession(true, Session.SESSION_TRANSACTED);
        result = work.run(s);
      }
      transaction.commit();
      return result;
    } catch (JMSException e) {
      rollback();
      throw e;
    } catch (Exception e) {
      rollback();
      JMSException j = new JMSException("the JMS transaction failed: " + e.getMessage());
      j.setLinkedException(e);
      throw j;
    }
  }

  private void rollback() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "JMS transaction rollback failed: {0}", e.getMessage());
    }
  }

  private Optional<ApplicationDownlinks> applicationDownlinks() {
    return downlinks.isResolvable() ? Optional.of(downlinks.get()) : Optional.empty();
  }

  @Override
  public List<IntegrationTarget> targetsFor(IntegrationEvent event) {
    JmsEventTarget t = target;
    return t == null ? List.of() : List.of(t);
  }

  @Override
  public Optional<IntegrationTarget> target(String id) {
    JmsEventTarget t = target;
    return t != null && JmsEventTarget.ID.equals(id) ? Optional.of(t) : Optional.empty();
  }

  /** Commands queued and dropped by reason. */
  public Map<String, Long> counters() {
    return counters.snapshot();
  }
}
