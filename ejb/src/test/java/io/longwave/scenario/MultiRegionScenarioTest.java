package io.longwave.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.event.DataUplinkEvent;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.lorawan.region.RegionId;
import io.longwave.uplink.data.DataUplinkFixture;
import io.longwave.uplink.data.DataUplinkOutcome;
import io.longwave.uplink.data.GivenDataUplink;
import io.longwave.uplink.data.UplinkDrops;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One instance serving gateways of several regions: a gateway configured for a region counts and
 * answers only for devices of that region; a gateway without a region serves all (ChirpStack v4
 * filters receptions by the gateway's region in the same way).
 */
class MultiRegionScenarioTest {

  static final Eui64 DEV_EUI = Eui64.parse("0807060504030201");
  static final DevAddr DEV_ADDR = DevAddr.parse("01020304");
  static final SessionKeys KEYS =
      new Lorawan10SessionKeys(
          Aes128Key.parse("0102030405060708090a0b0c0d0e0f10"),
          Aes128Key.parse("100f0e0d0c0b0a090807060504030201"));
  static final GatewayId EU_GATEWAY = GatewayId.parse("0000000000000e01");
  static final GatewayId US_GATEWAY = GatewayId.parse("0000000000000a01");
  static final GatewayId ANY_GATEWAY = GatewayId.parse("0000000000000f01");

  final DataUplinkFixture given = new DataUplinkFixture();

  MultiRegionScenarioTest() {
    given.gatewayRegions.put(EU_GATEWAY, RegionId.EU868);
    given.gatewayRegions.put(US_GATEWAY, RegionId.US915);
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_3, KEYS, 0, false, s -> { });
  }

  private static GivenDataUplink uplink() {
    return GivenDataUplink.lorawan10(DEV_ADDR, KEYS).confirmed().frmPayload(1, new byte[] {1});
  }

  @Test
  void receptionsOfAnotherRegionsGatewayAreLeftOut() {
    DataUplinkOutcome outcome = given.send(uplink()
        .heardBy(US_GATEWAY, -40, 12, new byte[] {1})
        .heardBy(EU_GATEWAY, -90, 2, new byte[] {2})
        .heardBy(ANY_GATEWAY, -100, 1, new byte[] {3})
        .frameSet());

    assertEquals(DataUplinkOutcome.accepted(0), outcome);
    List<GatewayId> heard = given.events.of(DataUplinkEvent.class).get(0).rxInfo().stream()
        .map(UplinkRxInfo::gatewayId).toList();
    assertEquals(List.of(EU_GATEWAY, ANY_GATEWAY), heard);
    List<GatewayId> answering = given.downlinks.responses().get(0).uplink().rxInfo().stream()
        .map(UplinkRxInfo::gatewayId).toList();
    assertEquals(List.of(EU_GATEWAY, ANY_GATEWAY), answering,
        "the US915 gateway, though it heard best, cannot answer an EU868 device");
  }

  @Test
  void anUplinkHeardOnlyByAnotherRegionsGatewaysIsDropped() {
    DataUplinkOutcome outcome =
        given.send(uplink().heardBy(US_GATEWAY, -40, 12, new byte[] {1}).frameSet());

    assertEquals(DataUplinkOutcome.dropped(UplinkDrops.REGION_MISMATCH, 0), outcome);
    assertEquals(1, given.drops.get(UplinkDrops.REGION_MISMATCH));
    assertTrue(given.events.of(DataUplinkEvent.class).isEmpty());
    assertEquals(0, given.session(DEV_EUI).fCntUp(), "the frame counter is not taken");
  }

  @Test
  void gatewaysWithoutARegionServeEveryRegion() {
    DataUplinkOutcome outcome =
        given.send(uplink().heardBy(ANY_GATEWAY, -60, 8, new byte[] {1}).frameSet());

    assertEquals(DataUplinkOutcome.accepted(0), outcome);
  }
}
