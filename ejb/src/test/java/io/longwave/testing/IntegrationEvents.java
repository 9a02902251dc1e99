package io.longwave.testing;

import io.longwave.integration.EventType;
import io.longwave.integration.IntegrationEvent;
import io.longwave.lorawan.Eui64;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/** Integration events for tests, with small but real bodies in both encodings. */
public final class IntegrationEvents {

  public static final Eui64 DEV_EUI = Eui64.parse("0102030405060708");

  private IntegrationEvents() {}

  /** An {@code up} event of application {@code applicationId} with frame counter {@code fCnt}. */
  public static IntegrationEvent uplink(long applicationId, int fCnt, Instant time) {
    JsonObject v3 =
        Json.createObjectBuilder()
            .add("applicationID", Long.toString(applicationId))
            .add("applicationName", "sensors")
            .add("deviceName", "garden")
            .add("devEUI", DEV_EUI.toString())
            .add("fCnt", fCnt)
            .add("fPort", 5)
            .add("data", "AQI=")
            .build();
    JsonObject json =
        Json.createObjectBuilder()
            .add("applicationID", Long.toString(applicationId))
            .add("devEUI", "AQIDBAUGBwg=")
            .add("fCnt", fCnt)
            .build();
    return new IntegrationEvent(
        UUID.randomUUID(), EventType.UP, applicationId, DEV_EUI, time, v3, json);
  }

  /** An event of any type with the given json_v3 body. */
  public static IntegrationEvent of(EventType type, long applicationId, JsonObject v3, Instant time) {
    return new IntegrationEvent(
        UUID.randomUUID(), type, applicationId, DEV_EUI, time, v3,
        Json.createObjectBuilder().add("applicationID", Long.toString(applicationId)).build());
  }
}
