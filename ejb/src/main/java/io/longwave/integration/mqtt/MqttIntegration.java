package io.longwave.integration.mqtt;

import io.longwave.connector.api.MqttPublisher;
import io.longwave.connector.api.MqttPublisherFactory;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.integration.ApplicationDownlinks;
import io.longwave.integration.DownlinkCommandIntake;
import io.longwave.integration.IntegrationCounters;
import io.longwave.integration.IntegrationEvent;
import io.longwave.integration.IntegrationPublisher;
import io.longwave.integration.IntegrationTarget;
import io.longwave.integration.IntegrationTargets;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The global MQTT integration: starts the adapter's application-side MQTT link with the settings
 * from MicroProfile Config, offers its event target to the outbox, and handles the commands the
 * {@link MqttCommandConsumer} receives. Off unless {@code longwave.integration.mqtt.enabled}.
 *
 * <p>The bean has two local views (EJB 4.0 §4.9.8): {@link IntegrationTargets}, through which the
 * outbox finds its event target, and the no-interface view ({@link LocalBean}) that the consumer
 * bean's {@code @EJB} reference needs (without it the reference is taken for a remote one and
 * every command bean instance fails to be created). With {@link LocalBean} an implemented
 * interface is a business interface only when {@link Local} names it, so both are declared.
 */
@ConnectionFactoryDefinition(
    name = MqttIntegration.CONNECTION_FACTORY,
    interfaceName = "io.longwave.connector.api.MqttPublisherFactory",
    resourceAdapter = "longwave-connector",
    transactionSupport = TransactionSupportLevel.NoTransaction,
    minPoolSize = 1,
    maxPoolSize = 32)
@Singleton
@LocalBean
@Local(IntegrationTargets.class)
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MqttIntegration implements IntegrationTargets {

  static final String CONNECTION_FACTORY = "java:app/longwave/mqtt-publisher-factory";
  private static final Logger LOG = System.getLogger(MqttIntegration.class.getName());

  @Resource(lookup = CONNECTION_FACTORY)
  private MqttPublisherFactory publishers;

  @Inject private DeviceRepository devices;
  @Inject private Instance<ApplicationDownlinks> downlinks;
  @Inject private Instance<IntegrationPublisher> events;

  private final IntegrationCounters counters = new IntegrationCounters();
  private volatile MqttEventTarget target;
  private volatile MqttCommandHandler commands;
  private volatile String startError;

  @PostConstruct
  void start() {
    try {
      MqttIntegrationConfig config =
          new MqttIntegrationConfiguration(
                  key -> ConfigProvider.getConfig().getOptionalValue(key, String.class))
              .config();
      if (!config.enabled()) {
        LOG.log(Level.INFO, "MQTT integration off");
        return;
      }
      MqttEventTarget t = new MqttEventTarget(config, publishers::getConnection);
      commands = new MqttCommandHandler(config.commandTopic(),
          new DownlinkCommandIntake(devices, this::applicationDownlinks), this::publish, counters,
          Clock.systemUTC());
      try (MqttPublisher p = publishers.getConnection()) {
        p.configure(config.link());
      }
      target = t;
      LOG.log(Level.INFO, "MQTT integration publishing to {0} on {1}",
          config.link().serverUri(), config.eventTopic());
    } catch (ResourceException | RuntimeException e) {
      startError = e.getMessage() == null ? e.toString() : e.getMessage();
      LOG.log(Level.ERROR, "the MQTT integration did not start: {0}", startError);
    }
  }

  @PreDestroy
  void stop() {
    if (target == null) {
      return;
    }
    try (MqttPublisher p = publishers.getConnection()) {
      p.shutdown();
    } catch (ResourceException | RuntimeException e) {
      LOG.log(Level.WARNING, "stopping the MQTT integration failed: {0}", e.getMessage());
    }
  }

  private Optional<ApplicationDownlinks> applicationDownlinks() {
    return downlinks.isResolvable() ? Optional.of(downlinks.get()) : Optional.empty();
  }

  /** Error events of refused commands go through the outbox, to every integration. */
  private void publish(IntegrationEvent event) {
    events.get().publish(event);
  }

  @Override
  public List<IntegrationTarget> targetsFor(IntegrationEvent event) {
    MqttEventTarget t = target;
    return t == null ? List.of() : List.of(t);
  }

  @Override
  public Optional<IntegrationTarget> target(String id) {
    MqttEventTarget t = target;
    return t != null && MqttEventTarget.ID.equals(id) ? Optional.of(t) : Optional.empty();
  }

  /** Handles a message from the command topic (called by the consumer bean). */
  public void command(String topic, byte[] payload) {
    MqttCommandHandler h = commands;
    if (h == null) {
      counters.increment("commands.dropped.disabled");
      return;
    }
    h.handle(topic, payload);
  }

  /** The integration's counters (commands queued, dropped by reason, error events). */
  public Map<String, Long> counters() {
    return counters.snapshot();
  }

  /** Why the integration did not start, or null. */
  public String startError() {
    return startError;
  }
}
