package io.longwave.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.longwave.domain.device.Device;
import io.longwave.integration.RejectedDownlinkException.Reason;
import io.longwave.lorawan.Eui64;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The error event of a refused downlink command, in ChirpStack v3's two encodings. */
class DownlinkErrorEventsTest {

  private static final Device DEVICE = new Device(Eui64.parse("0102030405060708"), "meter", 7,
      UUID.randomUUID(), null, null, false, false, 0);
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

  @Test
  void json_v3_names_the_device_and_leaves_out_the_empty_fields() {
    IntegrationEvent e = DownlinkErrorEvents.of(DEVICE, Reason.TOO_LARGE, "payload too large", NOW);

    JsonObject v3 = e.jsonV3();
    assertEquals(EventType.ERROR, e.type());
    assertEquals(7, e.applicationId());
    assertEquals("7", v3.getString("applicationID"));
    assertEquals("meter", v3.getString("deviceName"));
    assertEquals("0102030405060708", v3.getString("devEUI"));
    assertEquals("DOWNLINK_PAYLOAD_SIZE", v3.getString("type"));
    assertEquals("payload too large", v3.getString("error"));
    assertFalse(v3.containsKey("fCnt"));
    assertFalse(v3.containsKey("tags"));
  }

  @Test
  void protobuf_json_carries_the_defaults_and_the_publication_time() {
    JsonObject json = DownlinkErrorEvents.of(DEVICE, Reason.BAD_FPORT, "fPort 0", NOW).json();

    assertEquals("UNKNOWN", json.getString("type"));
    assertEquals("AQIDBAUGBwg=", json.getString("devEUI"));
    assertEquals(0, json.getInt("fCnt"));
    assertEquals("2026-01-02T03:04:05Z", json.getString("publishedAt"));
  }
}
