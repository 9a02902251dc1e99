package io.longwave.integration;

import io.longwave.lorawan.Eui64;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One application event, ready for the integrations: the application side has decrypted and
 * decoded the payload and rendered the event in both ChirpStack v3 encodings, so that every target
 * sends the same bytes.
 *
 * @param id unique id of this event (for de-duplication by receivers and outbox keys)
 * @param type the kind of event
 * @param applicationId the application the device belongs to
 * @param devEui the device
 * @param time when the event happened
 * @param jsonV3 the event in the {@code json_v3} encoding (ChirpStack v3's default: {@code
 *     applicationID}, {@code devEUI} as hex, {@code data} base64, {@code object} as JSON)
 * @param json the event in the {@code json} encoding (protobuf JSON of ChirpStack v3's integration
 *     messages: camelCase names, bytes as base64)
 */
public record IntegrationEvent(
    UUID id,
    EventType type,
    long applicationId,
    Eui64 devEui,
    Instant time,
    JsonObject jsonV3,
    JsonObject json) {

  public IntegrationEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(devEui, "devEui");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(jsonV3, "jsonV3");
    Objects.requireNonNull(json, "json");
  }

  /** The body in the named encoding: {@code json_v3} or {@code json}. */
  public JsonObject body(PayloadEncoding encoding) {
    return encoding == PayloadEncoding.JSON ? json : jsonV3;
  }
}
