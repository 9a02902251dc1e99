package io.longwave.application.pipeline;

import io.longwave.application.directory.DeviceDirectory;
import io.longwave.application.directory.DirectoryEntry;
import io.longwave.application.directory.GatewayNames;
import io.longwave.application.event.AckEvent;
import io.longwave.application.event.ErrorEvent;
import io.longwave.application.event.JoinEvent;
import io.longwave.application.event.LocationEvent;
import io.longwave.application.event.StatusEvent;
import io.longwave.application.event.TxAckEvent;
import io.longwave.integration.EventType;
import io.longwave.integration.IntegrationEvent;
import io.longwave.lorawan.Eui64;
import jakarta.json.JsonObject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The device events other than uplinks: join, ack, txack, status and error (ChirpStack v3
 * Application Server {@code HandleDownlinkACK}, {@code HandleTxAck}, {@code SetDeviceStatus},
 * {@code HandleError}; the join notification). Steps of each: {@code findDevice}, {@code
 * render} (both encodings), {@code publish}.
 *
 * <p>The join event is published when the network server reports the join-accept (as ChirpStack
 * v4 does), not at the first uplink after it (ChirpStack v3). Threading: stateless, thread-safe if
 * its ports are.
 */
public final class DeviceEventFlow {

  private static final Logger LOG = System.getLogger(DeviceEventFlow.class.getName());

  private final DeviceDirectory directory;
  private final GatewayNames gatewayNames;
  private final IntegrationEventSink sink;
  private final ApplicationDrops drops;
  private final Clock clock;

  public DeviceEventFlow(DeviceDirectory directory, GatewayNames gatewayNames,
      IntegrationEventSink sink, ApplicationDrops drops, Clock clock) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.gatewayNames = Objects.requireNonNull(gatewayNames, "gatewayNames");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.drops = Objects.requireNonNull(drops, "drops");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public void joined(JoinEvent e) {
    Instant at = e.joinedAt() == null ? clock.instant() : e.joinedAt();
    publish(EventType.JOIN, e.devEui(), at,
        h -> JsonV3Encoding.join(h, e, gatewayNames),
        h -> ProtobufJsonEncoding.join(h, e, gatewayNames, clock.instant()));
  }

  public void acked(AckEvent e) {
    publish(EventType.ACK, e.devEui(), clock.instant(),
        h -> JsonV3Encoding.ack(h, e), h -> ProtobufJsonEncoding.ack(h, e, clock.instant()));
  }

  public void txAcked(TxAckEvent e) {
    publish(EventType.TXACK, e.devEui(), clock.instant(),
        h -> JsonV3Encoding.txAck(h, e), h -> ProtobufJsonEncoding.txAck(h, e, clock.instant()));
  }

  public void statusReported(StatusEvent e) {
    publish(EventType.STATUS, e.devEui(), clock.instant(),
        h -> JsonV3Encoding.status(h, e),
        h -> ProtobufJsonEncoding.status(h, e, clock.instant()));
  }

  public void error(ErrorEvent e) {
    String type = e.type() == null ? "UNKNOWN" : e.type();
    String message = e.error() == null ? "" : e.error();
    publish(EventType.ERROR, e.devEui(), clock.instant(),
        h -> JsonV3Encoding.error(h, type, message, e.fCnt()),
        h -> ProtobufJsonEncoding.error(h, type, message, e.fCnt(), clock.instant()));
  }

  public void located(LocationEvent e) {
    Instant at = e.resolvedAt() == null ? clock.instant() : e.resolvedAt();
    publish(EventType.LOCATION, e.devEui(), at,
        h -> JsonV3Encoding.location(h, e),
        h -> ProtobufJsonEncoding.location(h, e, clock.instant()));
  }

  private void publish(EventType type, Eui64 devEui, Instant time,
      Function<EventHeader, JsonObject> jsonV3, Function<EventHeader, JsonObject> json) {
    Optional<DirectoryEntry> device = directory.find(devEui);
    if (device.isEmpty()) {
      drops.count(ApplicationDrops.UNKNOWN_DEVICE);
      LOG.log(Level.WARNING, "{0} event of unknown device {1} dropped", type.wireName(), devEui);
      return;
    }
    EventHeader header = EventHeader.of(device.get());
    sink.accept(new IntegrationEvent(UUID.randomUUID(), type, header.applicationId(), devEui,
        time, jsonV3.apply(header), json.apply(header)));
  }
}
