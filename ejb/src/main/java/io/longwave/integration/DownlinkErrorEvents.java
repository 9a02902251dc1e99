package io.longwave.integration;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.domain.device.Device;
import io.longwave.integration.RejectedDownlinkException.Reason;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The {@code error} event told to an application whose downlink command was refused, in both
 * encodings (ChirpStack v3 ErrorEvent: {@code type} is the ErrorType name, {@code
 * DOWNLINK_PAYLOAD_SIZE} for a payload too large and {@code UNKNOWN} otherwise). In json_v3, as in
 * the other json_v3 events, a zero {@code fCnt} and empty {@code tags} are left out; the protobuf
 * JSON carries them with their defaults.
 */
public final class DownlinkErrorEvents {

  private DownlinkErrorEvents() {}

  /** The event for a refused command to a known device. */
  public static IntegrationEvent of(Device device, Reason reason, String message, Instant now) {
    String type = reason == Reason.TOO_LARGE ? "DOWNLINK_PAYLOAD_SIZE" : "UNKNOWN";
    String app = Long.toString(device.applicationId());
    JsonObjectBuilder v3 =
        JSON.createObjectBuilder()
            .add("applicationID", app)
            .add("applicationName", "")
            .add("deviceName", device.name())
            .add("devEUI", device.devEui().toString())
            .add("type", type)
            .add("error", message);
    JsonObject json =
        JSON.createObjectBuilder()
            .add("applicationID", app)
            .add("applicationName", "")
            .add("deviceName", device.name())
            .add("devEUI", Base64.getEncoder().encodeToString(device.devEui().toBytes()))
            .add("type", type)
            .add("error", message)
            .add("fCnt", 0)
            .add("tags", JsonObject.EMPTY_JSON_OBJECT)
            .add("publishedAt", now.toString())
            .build();
    return new IntegrationEvent(
        UUID.randomUUID(), EventType.ERROR, device.applicationId(), device.devEui(), now,
        v3.build(), json);
  }
}
