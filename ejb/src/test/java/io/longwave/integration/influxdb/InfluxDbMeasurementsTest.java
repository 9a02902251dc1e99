package io.longwave.integration.influxdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.integration.EventType;
import io.longwave.integration.IntegrationEvent;
import io.longwave.integration.config.InvalidIntegrationException;
import io.longwave.testing.IntegrationEvents;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The points and lines the InfluxDB integration writes, as ChirpStack v3 names them. */
class InfluxDbMeasurementsTest {

  private static final Instant TIME = Instant.parse("2025-03-01T10:00:00.123456789Z");
  private static final long NS = 1740823200123456789L;
  private static final String TAGS =
      "application_name=temperature-sensor,dev_eui=0102030405060708,device_name=garden-sensor";

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
  }

  private static InfluxDbIntegrationTarget target(String config) throws Exception {
    return new InfluxDbIntegrationTarget("influxdb:1",
        InfluxDbIntegrationConfig.fromJson(json(config)), HttpClient.newHttpClient());
  }

  @Test
  void an_uplink_gives_device_uplink_and_one_point_per_decoded_field() throws Exception {
    IntegrationEvent up = IntegrationEvents.of(EventType.UP, 1, json(
        "{'applicationName':'temperature-sensor','deviceName':'garden-sensor',"
            + "'rxInfo':[{'rssi':-57,'loRaSNR':10},{'rssi':-60,'loRaSNR':12.5}],"
            + "'txInfo':{'frequency':868100000,'dr':5},'fCnt':10,'fPort':5,"
            + "'object':{'temperatureSensor':{'1':25},'humiditySensor':{'1':32},"
            + "'gps':{'latitude':52.3740364,'longitude':4.9144401,'altitude':10.5},"
            + "'label':'a \\\"b\\\"','on':true,'list':[1,2],'none':null},'tags':{'site':'north'}}"),
        TIME);
    String p = "device_frmpayload_data_";
    String t = TAGS + ",f_port=5,site=north ";
    String expected = String.join("\n",
        p + "gps_altitude," + t + "value=10.500000 " + NS,
        p + "gps_location," + t + "geohash=\"" + Geohash.encode(52.3740364, 4.9144401, 12)
            + "\",latitude=52.374036,longitude=4.914440 " + NS,
        p + "humiditySensor_1," + t + "value=32.000000 " + NS,
        p + "label," + t + "value=\"a \\\"b\\\"\" " + NS,
        p + "list_0," + t + "value=1.000000 " + NS,
        p + "list_1," + t + "value=2.000000 " + NS,
        p + "on," + t + "value=true " + NS,
        p + "temperatureSensor_1," + t + "value=25.000000 " + NS,
        "device_uplink," + TAGS + ",dr=5,frequency=868100000,site=north"
            + " f_cnt=10i,rssi=-57i,snr=12.500000,value=1i " + NS);
    assertEquals(expected, target("{'endpoint':'http://i.example/write','db':'lw'}").lines(up));
  }

  @Test
  void device_status_gives_battery_level_and_margin_and_no_battery_on_external_power()
      throws Exception {
    String base = "'applicationName':'temperature-sensor','deviceName':'garden-sensor','margin':6";
    IntegrationEvent battery = IntegrationEvents.of(EventType.STATUS, 1, json("{" + base
        + ",'externalPowerSource':false,'batteryLevelUnavailable':false,'batteryLevel':75.5}"),
        TIME);
    InfluxDbIntegrationTarget seconds =
        target("{'endpoint':'http://i.example/write','db':'lw','precision':'S'}");
    assertEquals("device_status_battery_level," + TAGS + " value=75.500000 1740823200\n"
        + "device_status_margin," + TAGS + " value=6i 1740823200", seconds.lines(battery));
    IntegrationEvent mains = IntegrationEvents.of(EventType.STATUS, 1,
        json("{" + base + ",'externalPowerSource':true}"), TIME);
    assertEquals("device_status_margin," + TAGS + " value=6i 1740823200", seconds.lines(mains));
  }

  @Test
  void other_events_and_uplinks_without_an_object_give_nothing_and_tags_are_escaped()
      throws Exception {
    InfluxDbIntegrationTarget t = target("{'endpoint':'http://i.example/write','db':'lw'}");
    assertEquals("", t.lines(IntegrationEvents.of(EventType.UP, 1, json("{'fCnt':1}"), TIME)));
    assertEquals("", t.lines(IntegrationEvents.of(EventType.JOIN, 1, json("{}"), TIME)));
    IntegrationEvent up = IntegrationEvents.of(EventType.UP, 1, json(
        "{'deviceName':'my dev,1=x','fPort':2,'object':{'t':1}}"), TIME);
    assertEquals("device_frmpayload_data_t,dev_eui=0102030405060708,device_name=my\\ dev\\,1\\=x,"
        + "f_port=2 value=1.000000 " + NS, t.lines(up).lines().findFirst().orElseThrow());
  }

  @Test
  void write_urls_of_both_versions_and_refused_configurations() throws Exception {
    assertEquals(URI.create("http://i.example:8086/write?db=lw&precision=ms&rp=week"),
        InfluxDbIntegrationConfig.fromJson(json("{'endpoint':'http://i.example:8086/write',"
            + "'db':'lw','precision':'MS','retentionPolicyName':'week'}")).writeUri());
    InfluxDbIntegrationConfig v2 = InfluxDbIntegrationConfig.fromJson(json(
        "{'endpoint':'http://i.example/api/v2/write','version':'INFLUXDB_2','token':'t',"
            + "'organization':'my org','bucket':'b'}"));
    assertEquals(URI.create("http://i.example/api/v2/write?org=my+org&bucket=b&precision=ns"),
        v2.writeUri());
    assertEquals(v2, InfluxDbIntegrationConfig.fromJson(v2.toJson(3)));
    for (String[] bad : new String[][] {
        {"{'db':'lw'}", "endpoint"},
        {"{'endpoint':'http://i.example/write'}", "db"},
        {"{'endpoint':'http://i.example/write','db':'lw','precision':'D'}", "precision"},
        {"{'endpoint':'http://i.example/write','version':'INFLUXDB_2'}", "bucket"},
        {"{'endpoint':'http://i.example/write','db':'lw','version':'3'}", "version"}}) {
      InvalidIntegrationException e = assertThrows(InvalidIntegrationException.class,
          () -> InfluxDbIntegrationConfig.fromJson(json(bad[0])));
      assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
    }
  }

  @Test
  void geohash_matches_the_published_examples() {
    assertEquals("ezs42", Geohash.encode(42.605, -5.603, 5));
    assertEquals("u4pruydqqvj", Geohash.encode(57.64911, 10.40744, 11));
  }
}
