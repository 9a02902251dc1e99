package io.longwave.integration.mqtt;

import io.longwave.domain.device.Device;
import io.longwave.integration.DownlinkCommand;
import io.longwave.integration.DownlinkCommandIntake;
import io.longwave.integration.DownlinkCommandReader;
import io.longwave.integration.DownlinkErrorEvents;
import io.longwave.integration.IntegrationCounters;
import io.longwave.integration.IntegrationPublisher;
import io.longwave.integration.RejectedDownlinkException;
import io.longwave.integration.RejectedDownlinkException.Reason;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.LorawanFormatException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one message from the command topic into a queued downlink: match the topic, read the
 * command, queue it for the device. A command that cannot be honoured is dropped, counted ({@code
 * commands.dropped.<reason>}) and logged; when its device exists in the application, an {@code
 * error} event is published to the application's integrations (as ChirpStack v3 does), through
 * the outbox like every other event, so it waits while the broker is away.
 */
public final class MqttCommandHandler {

  private static final Logger LOG = System.getLogger(MqttCommandHandler.class.getName());

  private final TopicTemplate commandTopic;
  private final DownlinkCommandIntake intake;
  private final IntegrationPublisher errors;
  private final IntegrationCounters counters;
  private final Clock clock;

  public MqttCommandHandler(
      TopicTemplate commandTopic,
      DownlinkCommandIntake intake,
      IntegrationPublisher errors,
      IntegrationCounters counters,
      Clock clock) {
    this.commandTopic = commandTopic;
    this.intake = intake;
    this.errors = errors;
    this.counters = counters;
    this.clock = clock;
  }

  /** Handles one command message; never throws. */
  public void handle(String topic, byte[] payload) {
    Optional<Map<String, String>> vars = commandTopic.match(topic);
    if (vars.isEmpty()) {
      drop(topic, "unknown_topic", "not a command topic");
      return;
    }
    String type = vars.get().getOrDefault("CommandType", "down");
    if (!type.equals("down")) {
      drop(topic, "unknown_command", "unknown command type '" + type + "'");
      return;
    }
    long applicationId;
    Eui64 devEui;
    try {
      applicationId = Long.parseLong(vars.get().get("ApplicationID"));
      devEui = Eui64.parse(vars.get().get("DevEUI"));
    } catch (NumberFormatException | LorawanFormatException | NullPointerException e) {
      drop(topic, "bad_topic", "the topic names no application id and DevEUI");
      return;
    }
    try {
      DownlinkCommand command = DownlinkCommandReader.read(applicationId, devEui, payload);
      long fCnt = intake.accept(command);
      counters.increment("commands.queued");
      LOG.log(Level.DEBUG, "downlink for {0} queued with FCnt {1}", devEui, fCnt);
    } catch (RejectedDownlinkException e) {
      drop(topic, e.reason().counterName(), e.getMessage());
      intake.knownDevice(applicationId, devEui)
          .ifPresent(device -> publishError(device, e.reason(), e.getMessage()));
    } catch (RuntimeException e) {
      drop(topic, "error", e.toString());
    }
  }

  private void publishError(Device device, Reason reason, String message) {
    try {
      errors.publish(DownlinkErrorEvents.of(device, reason, message, clock.instant()));
      counters.increment("commands.error_events");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the error event for {0} was not published: {1}",
          device.devEui(), e.toString());
    }
  }

  private void drop(String topic, String reason, String message) {
    counters.increment("commands.dropped." + reason);
    LOG.log(Level.WARNING, "MQTT downlink command on {0} dropped [{1}]: {2}", topic, reason, message);
  }
}
