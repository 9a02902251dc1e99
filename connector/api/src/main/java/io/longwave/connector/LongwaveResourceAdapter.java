package io.longwave.connector;

import io.longwave.connector.backend.BridgeCounters;
import io.longwave.connector.inbound.EndpointDelivery;
import io.longwave.connector.inbound.GatewayActivationSpec;
import io.longwave.connector.inbound.MqttCommandActivationSpec;
import io.longwave.connector.integration.MqttIntegrationRuntime;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.transaction.xa.XAResource;

/**
 * The Longwave gateway bridge as a JCA 2.1 resource adapter. It owns the gateway backends (the
 * Semtech UDP socket, the MQTT link) and delivers their events to message-driven beans that
 * implement {@link io.longwave.connector.api.GatewayEventListener}; application components send
 * downlinks through a {@link io.longwave.connector.api.GatewayConnectionFactory}. It also owns the
 * application-side MQTT link (integration events out through a {@link
 * io.longwave.connector.api.MqttPublisherFactory}, downlink commands in to beans implementing
 * {@link io.longwave.connector.api.MqttCommandListener}).
 *
 * <p>The backends start when an application calls {@link
 * io.longwave.connector.api.GatewayConnection#configure}, so it decides when traffic may flow
 * (after its database migrations) and with which settings.
 */
@Connector(
    displayName = "Longwave gateway bridge",
    vendorName = "Longwave",
    eisType = "LoRaWAN gateways",
    version = "1.0",
    transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class LongwaveResourceAdapter implements ResourceAdapter {

  private static final Logger LOG = System.getLogger(LongwaveResourceAdapter.class.getName());
  private static final long DRAIN_MILLIS = 2_000;

  private final Map<ActivationSpec, EndpointDelivery> activations = new ConcurrentHashMap<>();
  private final Map<ActivationSpec, MessageEndpointFactory> commandActivations =
      new ConcurrentHashMap<>();
  private final BackendFactory backendFactory;
  private volatile GatewayBridge bridge;
  private volatile MqttIntegrationRuntime mqttIntegration;
  private volatile WorkExecutor executor;

  public LongwaveResourceAdapter() {
    this(new DefaultBackendFactory());
  }

  LongwaveResourceAdapter(BackendFactory backendFactory) {
    this.backendFactory = backendFactory;
  }

  @Override
  public void start(BootstrapContext ctx) throws ResourceAdapterInternalException {
    executor = new WorkExecutor(ctx.getWorkManager());
    bridge = new GatewayBridge(backendFactory, executor);
    mqttIntegration = new MqttIntegrationRuntime(executor);
    LOG.log(Level.INFO, "Longwave gateway bridge adapter started; backends wait for configuration");
  }

  @Override
  public void stop() {
    MqttIntegrationRuntime m = mqttIntegration;
    if (m != null) {
      m.shutdown();
      commandActivations.clear();
    }
    GatewayBridge b = bridge;
    if (b != null) {
      b.shutdown();
      activations.values().forEach(d -> d.stop(DRAIN_MILLIS));
      activations.clear();
    }
    LOG.log(Level.INFO, "Longwave gateway bridge adapter stopped");
  }

  @Override
  public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec)
      throws ResourceException {
    if (spec instanceof MqttCommandActivationSpec) {
      commandActivations.put(spec, factory);
      mqttIntegration().addCommandListener(factory);
      LOG.log(Level.INFO, "MQTT integration commands go to {0}", factory.getActivationName());
      return;
    }
    if (!(spec instanceof GatewayActivationSpec gs)) {
      throw new NotSupportedException(
          "unsupported activation spec " + spec.getClass().getName());
    }
    gs.validate();
    EndpointDelivery delivery =
        new EndpointDelivery(factory, gs.getDeliveryWorkers(), gs.getQueueCapacity(), counters());
    delivery.start(executor);
    activations.put(spec, delivery);
    bridge.addDelivery(delivery);
    LOG.log(
        Level.INFO,
        "gateway events go to {0} with {1} delivery workers",
        factory.getActivationName(),
        gs.getDeliveryWorkers());
  }

  @Override
  public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
    MessageEndpointFactory commands = commandActivations.remove(spec);
    if (commands != null) {
      mqttIntegration().removeCommandListener(commands);
      return;
    }
    EndpointDelivery delivery = activations.remove(spec);
    if (delivery != null) {
      bridge.removeDelivery(delivery);
      delivery.stop(DRAIN_MILLIS);
    }
  }

  @Override
  public XAResource[] getXAResources(ActivationSpec[] specs) {
    return new XAResource[0];
  }

  /** The running bridge. */
  public GatewayBridge bridge() {
    GatewayBridge b = bridge;
    if (b == null) {
      throw new IllegalStateException("the gateway bridge adapter is not started");
    }
    return b;
  }

  /** The running application-side MQTT link. */
  public MqttIntegrationRuntime mqttIntegration() {
    MqttIntegrationRuntime m = mqttIntegration;
    if (m == null) {
      throw new IllegalStateException("the gateway bridge adapter is not started");
    }
    return m;
  }

  private BridgeCounters counters() {
    return bridge().counters();
  }

  // A resource adapter JavaBean has no configuration properties here; identity equality is right.
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
