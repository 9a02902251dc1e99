package io.longwave.application.pipeline;

import static io.longwave.application.pipeline.PipelineGiven.APP_S_KEY;
import static io.longwave.application.pipeline.PipelineGiven.DEV_EUI;
import static io.longwave.application.pipeline.PipelineGiven.GATEWAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.application.directory.GatewayNames;
import io.longwave.application.event.DataUplinkEvent;
import io.longwave.codec.PayloadCodecType;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.GatewayLocation;
import io.longwave.connector.api.frame.LocationSource;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.FrmPayloadCipher;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A reception from a gateway that reports no position of its own shows the gateway's registered
 * location in the events' {@code rxInfo}, as ChirpStack v3's network server fills it in.
 */
class RegisteredGatewayLocationTest {

  private static final GatewayLocation REGISTERED =
      new GatewayLocation(48.8583701, 2.2944813, 35.0, LocationSource.CONFIG);
  private static final GatewayId UNREGISTERED = GatewayId.parse("0404040404040404");

  private final PipelineGiven given = new PipelineGiven();
  private final GatewayNames gateways = new GatewayNames() {
    @Override
    public String nameOf(GatewayId id) {
      return id.equals(GATEWAY) ? "tower" : "";
    }

    @Override
    public Optional<GatewayLocation> locationOf(GatewayId id) {
      return id.equals(GATEWAY) ? Optional.of(REGISTERED) : Optional.empty();
    }
  };

  private static UplinkRxInfo silent(GatewayId gateway, long uplinkId) {
    return UplinkRxInfo.builder(gateway).uplinkId(uplinkId).rssi(-80).snr(2).build();
  }

  private void handle(UplinkRxInfo... receptions) {
    DevAddr devAddr = DevAddr.parse("06682ea2");
    byte[] encrypted = FrmPayloadCipher.encrypt(AesKeyContext.of(APP_S_KEY), Direction.UPLINK,
        devAddr, 3, new byte[] {1, 2});
    given.device(PayloadCodecType.NONE, "");
    new ApplicationUplinkFlow(given.directory, gateways, PipelineGiven.CODECS,
        given.published::add, given.drops, given.clock)
        .handle(new DataUplinkEvent(UUID.randomUUID(), DEV_EUI, devAddr, 3, 1, encrypted,
            APP_S_KEY, false, false, 5, PipelineGiven.txInfo(), List.of(receptions),
            PipelineGiven.NOW));
  }

  @Test
  void json_v3_shows_the_registered_location_of_a_gateway_without_gps() {
    handle(silent(GATEWAY, 1), silent(UNREGISTERED, 2));

    List<JsonObject> rx = given.published.get(0).jsonV3().getJsonArray("rxInfo")
        .getValuesAs(JsonObject.class);
    JsonObject location = rx.get(0).getJsonObject("location");
    assertEquals(48.8583701, location.getJsonNumber("latitude").doubleValue(), 1e-9);
    assertEquals(2.2944813, location.getJsonNumber("longitude").doubleValue(), 1e-9);
    assertEquals(35.0, location.getJsonNumber("altitude").doubleValue(), 1e-9);
    assertEquals("tower", rx.get(0).getString("name"));
    assertEquals(JsonValue.NULL, rx.get(1).get("location"));
  }

  @Test
  void protobuf_json_shows_it_with_its_source() {
    handle(silent(GATEWAY, 1));

    JsonObject location = given.published.get(0).json().getJsonArray("rxInfo")
        .getJsonObject(0).getJsonObject("location");
    assertEquals("CONFIG", location.getString("source"));
    assertEquals(48.8583701, location.getJsonNumber("latitude").doubleValue(), 1e-9);
  }

  @Test
  void a_position_the_gateway_reports_itself_wins() {
    handle(PipelineGiven.reception());

    assertEquals(52.3740364, given.published.get(0).jsonV3().getJsonArray("rxInfo")
        .getJsonObject(0).getJsonObject("location").getJsonNumber("latitude").doubleValue(),
        1e-9);
  }
}
