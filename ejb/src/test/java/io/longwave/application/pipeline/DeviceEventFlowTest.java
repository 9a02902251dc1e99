package io.longwave.application.pipeline;

import static io.longwave.application.pipeline.JsonShapes.assertFieldsOf;
import static io.longwave.application.pipeline.JsonShapes.assertSameFields;
import static io.longwave.application.pipeline.PipelineGiven.DEV_EUI;
import static io.longwave.application.pipeline.PipelineGiven.GATEWAY;
import static io.longwave.application.pipeline.PipelineGiven.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.application.event.AckEvent;
import io.longwave.application.event.ErrorEvent;
import io.longwave.application.event.JoinEvent;
import io.longwave.application.event.StatusEvent;
import io.longwave.application.event.TxAckEvent;
import io.longwave.codec.PayloadCodecType;
import io.longwave.integration.EventType;
import io.longwave.integration.IntegrationEvent;
import io.longwave.lorawan.DevAddr;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Join, ack, txack, status and error events against the json_v3 examples of ChirpStack v3's
 * documentation (the status example without the deprecated raw {@code battery}) and its
 * protobuf JSON.
 */
class DeviceEventFlowTest {

  private static final String HEADER = "'applicationID':'123',"
      + "'applicationName':'temperature-sensor','deviceName':'garden-sensor',";

  private final PipelineGiven given = new PipelineGiven();
  private DeviceEventFlow flow;

  @BeforeEach
  void device() {
    flow = given.device(PayloadCodecType.NONE, "").deviceEventFlow();
  }

  private IntegrationEvent only(EventType type) {
    assertEquals(1, given.published.size());
    IntegrationEvent e = given.published.get(0);
    assertEquals(type, e.type());
    assertEquals(123, e.applicationId());
    return e;
  }

  @Test
  void join() {
    flow.joined(new JoinEvent(UUID.randomUUID(), DEV_EUI, DevAddr.parse("06682ea2"), List.of(),
        PipelineGiven.NOW));

    IntegrationEvent e = only(EventType.JOIN);
    assertSameFields(json("{" + HEADER + "'devAddr':'06682ea2','devEUI':'0202020202020202',"
        + "'tags':{'key':'value'}}"), e.jsonV3());
    assertSameFields(json("{" + HEADER + "'devEUI':'AgICAgICAgI=','devAddr':'Bmguog==',"
        + "'rxInfo':[],'txInfo':null,'dr':0,'tags':{'key':'value'},"
        + "'publishedAt':'2024-05-01T10:00:00Z'}"), e.json());
  }

  @Test
  void join_with_the_join_request_receptions() {
    flow.joined(new JoinEvent(UUID.randomUUID(), DEV_EUI, DevAddr.parse("06682ea2"),
        List.of(PipelineGiven.reception()), PipelineGiven.NOW));

    IntegrationEvent e = only(EventType.JOIN);
    assertEquals("0303030303030303",
        e.jsonV3().getJsonArray("rxInfo").getJsonObject(0).getString("gatewayID"));
    assertEquals(-57, e.json().getJsonArray("rxInfo").getJsonObject(0).getInt("rssi"));
  }

  @Test
  void ack() {
    flow.acked(new AckEvent(DEV_EUI, UUID.randomUUID(), true, 12));

    IntegrationEvent e = only(EventType.ACK);
    assertSameFields(json("{" + HEADER + "'devEUI':'0202020202020202','acknowledged':true,"
        + "'fCnt':12,'tags':{'key':'value'}}"), e.jsonV3());
    assertSameFields(json("{" + HEADER + "'devEUI':'AgICAgICAgI=','acknowledged':true,"
        + "'fCnt':12,'tags':{'key':'value'},'publishedAt':'2024-05-01T10:00:00Z'}"), e.json());
  }

  @Test
  void txack() {
    flow.txAcked(new TxAckEvent(DEV_EUI, UUID.randomUUID(), 12, GATEWAY));

    IntegrationEvent e = only(EventType.TXACK);
    assertSameFields(json("{" + HEADER + "'devEUI':'0202020202020202','fCnt':12,"
        + "'tags':{'key':'value'}}"), e.jsonV3());
    assertFieldsOf(json("{" + HEADER + "'devEUI':'AgICAgICAgI=','fCnt':12,"
        + "'gatewayID':'AwMDAwMDAwM=','tags':{'key':'value'}}"), e.json());
  }

  @Test
  void status() {
    flow.statusReported(new StatusEvent(DEV_EUI, 6, false, false, 75.5f));

    IntegrationEvent e = only(EventType.STATUS);
    assertSameFields(json("{" + HEADER + "'devEUI':'0202020202020202','margin':6,"
        + "'externalPowerSource':false,'batteryLevelUnavailable':false,'batteryLevel':75.5,"
        + "'tags':{'key':'value'}}"), e.jsonV3());
    assertSameFields(json("{" + HEADER + "'devEUI':'AgICAgICAgI=','margin':6,"
        + "'externalPowerSource':false,'batteryLevelUnavailable':false,'batteryLevel':75.5,"
        + "'tags':{'key':'value'},'publishedAt':'2024-05-01T10:00:00Z'}"), e.json());
  }

  @Test
  void status_of_a_device_on_external_power() {
    flow.statusReported(new StatusEvent(DEV_EUI, -3, true, false, -1));

    IntegrationEvent e = only(EventType.STATUS);
    assertEquals(0, e.jsonV3().getInt("batteryLevel"));
    assertEquals(true, e.jsonV3().getBoolean("externalPowerSource"));
    assertEquals(-3, e.jsonV3().getInt("margin"));
  }

  @Test
  void error() {
    flow.error(new ErrorEvent(DEV_EUI, "UPLINK_FCNT_RETRANSMISSION", "...", 123));

    IntegrationEvent e = only(EventType.ERROR);
    assertSameFields(json("{" + HEADER + "'devEUI':'0202020202020202',"
        + "'type':'UPLINK_FCNT_RETRANSMISSION','error':'...','fCnt':123,"
        + "'tags':{'key':'value'}}"), e.jsonV3());
    assertSameFields(json("{" + HEADER + "'devEUI':'AgICAgICAgI=',"
        + "'type':'UPLINK_FCNT_RETRANSMISSION','error':'...','fCnt':123,"
        + "'tags':{'key':'value'},'publishedAt':'2024-05-01T10:00:00Z'}"), e.json());
  }

  @Test
  void an_error_type_outside_chirpstacks_enum_is_unknown_in_protobuf_json() {
    flow.error(new ErrorEvent(DEV_EUI, "UPLINK_FCNT", "replayed", -1));

    IntegrationEvent e = only(EventType.ERROR);
    assertEquals("UPLINK_FCNT", e.jsonV3().getString("type"));
    assertEquals(false, e.jsonV3().containsKey("fCnt"));
    assertEquals("UNKNOWN", e.json().getString("type"));
    assertEquals(0, e.json().getInt("fCnt"));
  }

  @Test
  void a_device_without_tags_has_no_tags_in_json_v3_and_empty_ones_in_protobuf_json() {
    given.directory.put(new io.longwave.application.directory.DirectoryEntry(DEV_EUI, "d", 9,
        "a", Map.of(), Map.of(), new io.longwave.application.directory.ProfileCodec(
            PipelineGiven.PROFILE, "p", PayloadCodecType.NONE, "", "")));
    flow.acked(new AckEvent(DEV_EUI, UUID.randomUUID(), false, 3));

    IntegrationEvent e = given.published.get(0);
    assertEquals(false, e.jsonV3().containsKey("tags"));
    assertEquals(json("{}"), e.json().getJsonObject("tags"));
    assertEquals("9", e.jsonV3().getString("applicationID"));
  }

  @Test
  void events_of_unknown_devices_are_dropped_and_counted() {
    given.directory.remove(DEV_EUI);
    flow.acked(new AckEvent(DEV_EUI, UUID.randomUUID(), true, 1));
    flow.txAcked(new TxAckEvent(DEV_EUI, UUID.randomUUID(), 1, GATEWAY));

    assertEquals(List.of(), given.published);
    assertEquals(Map.of(ApplicationDrops.UNKNOWN_DEVICE, 2L), given.drops.snapshot());
  }
}
