package io.longwave.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.event.ApplicationEvents;
import io.longwave.application.event.DataUplinkEvent;
import io.longwave.codec.CodecException;
import io.longwave.codec.PayloadCodec;
import io.longwave.codec.PayloadCodecType;
import io.longwave.codec.PayloadCodecs;
import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.integration.ApplicationDownlinks;
import io.longwave.integration.DownlinkCommand;
import io.longwave.integration.EventType;
import io.longwave.integration.IntegrationEvent;
import io.longwave.integration.InvalidDownlinkException;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.FrmPayloadCipher;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application side inside Payara Micro (the test runs in the deployed WAR): the JavaScript
 * engine loads from {@code WEB-INF/lib} and runs both ChirpStack signatures within its limits, and
 * the application downlinks bean encodes an object with a profile's script and queues it in
 * PostgreSQL; an uplink handed to the application side comes out decrypted, decoded and rendered
 * as an integration event.
 */
@ExtendWith(FreshPostgresDatabase.OnTheClient.class)
@ExtendWith(ArquillianExtension.class)
class ApplicationSideIT {

  private static final Eui64 DEV_EUI = Eui64.parse("0004a30b001c0777");

  @Inject private PayloadCodecs codecs;
  @Inject private ApplicationDownlinks downlinks;
  @Inject private ApplicationEvents applicationEvents;
  @Inject private RecordedIntegrationEvents recorded;

  @Deployment
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("longwave.war")))
        .addClasses(ApplicationSideIT.class, FreshPostgresDatabase.class,
            FreshPostgresDatabase.OnTheClient.class, RecordedIntegrationEvents.class);
  }

  @Test
  void javascript_codecs_run_in_the_container_within_their_limits() throws Exception {
    PayloadCodec v3 = codecs.forProfile(PayloadCodecType.CUSTOM_JS, "it-v3",
        "function Decode(fPort, bytes, variables) { return {t: bytes[0] + fPort}; }", "")
        .orElseThrow();
    assertEquals(Json.createObjectBuilder().add("t", 12).build(),
        v3.decodeUplink(2, new byte[] {10}, Map.of()).object());
    PayloadCodec v4 = codecs.forProfile(PayloadCodecType.CUSTOM_JS, "it-v4",
        "const decodeUplink = (input) => ({data: {n: input.bytes.length}});", "")
        .orElseThrow();
    assertEquals(3, v4.decodeUplink(1, new byte[3], Map.of()).object().getInt("n"));
    PayloadCodec endless = codecs.forProfile(PayloadCodecType.CUSTOM_JS, "it-loop",
        "function Decode() { while (true) {} }", "").orElseThrow();
    CodecException stopped = assertThrows(CodecException.class,
        () -> endless.decodeUplink(1, new byte[0], Map.of()));
    assertTrue(stopped.getMessage().contains("stopped after"), stopped.getMessage());
    PayloadCodec hostile = codecs.forProfile(PayloadCodecType.CUSTOM_JS, "it-java",
        "function Decode() { return {p: typeof Packages, j: typeof java}; }", "").orElseThrow();
    assertEquals("undefined",
        hostile.decodeUplink(1, new byte[0], Map.of()).object().getString("p"));
  }

  @Test
  void an_object_downlink_is_encoded_by_the_profile_script_and_queued() throws Exception {
    try (Connection db = FreshPostgresDatabase.connect()) {
      provision(db);
      long fCnt = downlinks.enqueue(new DownlinkCommand(1, DEV_EUI, false, 10, null,
          Json.createObjectBuilder().add("level", 7).build()));
      assertEquals(0, fCnt);
      try (PreparedStatement q = db.prepareStatement(
              "select f_port, data from device_queue_item where dev_eui = ?")) {
        q.setString(1, DEV_EUI.toString());
        try (ResultSet rs = q.executeQuery()) {
          assertTrue(rs.next(), "queued");
          assertEquals(10, rs.getInt(1));
          assertArrayEquals(new byte[] {0x0a, 0x07}, rs.getBytes(2));
        }
      }
      InvalidDownlinkException other = assertThrows(InvalidDownlinkException.class,
          () -> downlinks.enqueue(new DownlinkCommand(2, DEV_EUI, false, 10, new byte[1],
              null)));
      assertTrue(other.getMessage().contains("does not belong"), other.getMessage());
    }
  }

  @Test
  void an_uplink_event_is_decrypted_decoded_and_fired_as_an_integration_event()
      throws Exception {
    Eui64 devEui = Eui64.parse("0004a30b001c0888");
    DevAddr devAddr = DevAddr.parse("01ab5678");
    Aes128Key appSKey = Aes128Key.parse("2b7e151628aed2a6abf7158809cf4f3c");
    try (Connection db = FreshPostgresDatabase.connect(); Statement s = db.createStatement()) {
      s.executeUpdate(PROFILE_COLUMNS + " ('44444444-4444-4444-4444-444444444444', 'lpp',"
          + " 'EU868', '1.0.3', 'RP002-1.0.3', true, false, false, 60, 0, 60, 1, 0, 0, 869525000,"
          + " 16, 'default', 3600, 0, true, now(), now(), 'CAYENNE_LPP', '')");
      s.executeUpdate("insert into device (dev_eui, name, application_id, device_profile_id,"
          + " join_eui, skip_fcnt_check, is_disabled, join_nonce, created_at, updated_at, tags)"
          + " values ('" + devEui + "', 'garden-sensor', 5,"
          + " '44444444-4444-4444-4444-444444444444', '70b3d57ed0000001', false, false, 0, now(),"
          + " now(), '{\"site\":\"north\"}')");
    }
    byte[] lpp = {0x01, 0x67, 0x00, (byte) 0xfa};
    byte[] encrypted = FrmPayloadCipher.encrypt(AesKeyContext.of(appSKey), Direction.UPLINK,
        devAddr, 7, lpp);
    applicationEvents.uplinkReceived(new DataUplinkEvent(UUID.randomUUID(), devEui, devAddr, 7,
        3, encrypted, appSKey, false, true, 5,
        new UplinkTxInfo(868_100_000L, new LoraModulation(125_000, 7, CodeRate.CR_4_5, false)),
        List.of(UplinkRxInfo.builder(GatewayId.parse("0102030405060708")).rssi(-60).snr(9)
            .build()), Instant.now()));

    IntegrationEvent up = null;
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (up == null && System.nanoTime() < deadline) {
      up = recorded.events().stream()
          .filter(e -> e.devEui().equals(devEui) && e.type() == EventType.UP)
          .findFirst().orElse(null);
      Thread.sleep(50);
    }
    assertTrue(up != null, "no up event: " + recorded.events());
    assertEquals(5, up.applicationId());
    JsonObject v3 = up.jsonV3();
    assertEquals("5", v3.getString("applicationID"));
    assertEquals("garden-sensor", v3.getString("deviceName"));
    assertEquals(devEui.toString(), v3.getString("devEUI"));
    assertEquals(Json.createObjectBuilder().add("temperatureSensor",
        Json.createObjectBuilder().add("1", 25)).build(), v3.getJsonObject("object"));
    assertEquals("north", v3.getJsonObject("tags").getString("site"));
    assertEquals(7, v3.getInt("fCnt"));
    assertEquals("AWcA+g==", up.json().getString("data"));
  }

  private static final String PROFILE_COLUMNS =
      "insert into device_profile (id, name, region, mac_version, reg_params_revision,"
          + " supports_join, supports_class_b, supports_class_c, class_b_timeout,"
          + " ping_slot_period, class_c_timeout, rx_delay_1, rx_dr_offset_1, rx_datarate_2,"
          + " rx_freq_2, max_eirp, adr_algorithm_id, uplink_interval,"
          + " device_status_req_frequency, flush_queue_on_activate, created_at, updated_at,"
          + " payload_codec, payload_encoder_script) values";

  private static void provision(Connection db) throws Exception {
    try (Statement s = db.createStatement()) {
      s.executeUpdate(
          "insert into device_profile (id, name, region, mac_version, reg_params_revision,"
              + " supports_join, supports_class_b, supports_class_c, class_b_timeout,"
              + " ping_slot_period, class_c_timeout, rx_delay_1, rx_dr_offset_1, rx_datarate_2,"
              + " rx_freq_2, max_eirp, adr_algorithm_id, uplink_interval,"
              + " device_status_req_frequency, flush_queue_on_activate, created_at, updated_at,"
              + " payload_codec, payload_encoder_script) values"
              + " ('33333333-3333-3333-3333-333333333333', 'js', 'EU868', '1.0.3', 'RP002-1.0.3',"
              + " true, false, false, 60, 0, 60, 1, 0, 0, 869525000, 16, 'default', 3600, 0,"
              + " true, now(), now(), 'CUSTOM_JS',"
              + " 'function Encode(fPort, obj) { return [fPort, obj.level]; }')");
      s.executeUpdate(
          "insert into device (dev_eui, name, application_id, device_profile_id, join_eui,"
              + " skip_fcnt_check, is_disabled, join_nonce, created_at, updated_at) values ('"
              + DEV_EUI + "', 'valve', 1, '33333333-3333-3333-3333-333333333333',"
              + " '70b3d57ed0000001', false, false, 0, now(), now())");
    }
  }
}
