package io.longwave.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.longwave.adr.AdrAlgorithms;
import io.longwave.application.event.StatusEvent;
import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.lorawan.mac.DevStatusAns;
import io.longwave.lorawan.mac.DevStatusReq;
import io.longwave.lorawan.mac.DeviceTimeAns;
import io.longwave.lorawan.mac.DeviceTimeReq;
import io.longwave.lorawan.mac.LinkAdrAns;
import io.longwave.lorawan.mac.LinkAdrReq;
import io.longwave.lorawan.mac.LinkCheckAns;
import io.longwave.lorawan.mac.LinkCheckReq;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.RxParamSetupAns;
import io.longwave.lorawan.mac.RxParamSetupReq;
import io.longwave.lorawan.region.RegionId;
import io.longwave.mac.MacCommandDispatcher;
import io.longwave.mac.MacFixture;
import io.longwave.mac.MacRoundTrip;
import io.longwave.mac.UplinkChannelPlan;
import io.longwave.session.DeviceSession;
import io.longwave.session.PendingMacCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MAC commands end to end: uplink FOpts in, the answering downlink's bytes out. */
class MacCommandScenarioTest {

  private static final Instant T = MacFixture.T0;

  private static MacRoundTrip eu868(DeviceProfile profile) {
    return new MacRoundTrip(MacFixture.session(RegionId.EU868), profile,
        new MacCommandDispatcher());
  }

  private static void assertRx1Eu868Sf12(DownlinkFrame frame) {
    DownlinkTxInfo tx = frame.items().get(0).txInfo();
    assertEquals(868_100_000, tx.frequencyHz());
    assertEquals(new LoraModulation(125_000, 12, CodeRate.CR_4_5, true), tx.modulation());
    assertEquals(new DownlinkTiming.Delay(Duration.ofSeconds(1)), tx.timing());
    assertArrayEquals(MacFixture.CONTEXT, tx.context());
    assertEquals(new GatewayId(1), frame.gatewayId());
  }

  @Test
  void link_check_req_is_answered_with_margin_and_gateway_count() {
    MacRoundTrip t = eu868(MacFixture.profile(RegionId.EU868));
    byte[] phy = t.uplinkPhy(10, false, List.of(new LinkCheckReq()));
    DownlinkFrame frame = t.play(MacFixture.uplink(868_100_000, 12, 125_000, T, phy,
        MacFixture.rx(1, 4.5, -70, T), MacFixture.rx(2, -3, -100, T)), 10, T.plusMillis(100));

    assertEquals(List.of(new LinkCheckAns(24, 2)), t.downlinkCommands(frame, 0));
    assertRx1Eu868Sf12(frame);
  }

  @Test
  void device_time_req_is_answered_with_the_gateway_gps_time() {
    MacRoundTrip t = eu868(MacFixture.profile(RegionId.EU868));
    byte[] phy = t.uplinkPhy(10, false, List.of(new DeviceTimeReq()));
    UplinkRxInfo rx = UplinkRxInfo.builder(new GatewayId(1)).snr(5).rssi(-60)
        .timeSinceGpsEpoch(Duration.ofSeconds(1_393_243_218L, 250_000_000))
        .context(MacFixture.CONTEXT)
        .build();
    DownlinkFrame frame = t.play(MacFixture.uplink(868_100_000, 12, 125_000, T, phy, rx), 10, T);

    assertEquals(List.of(new DeviceTimeAns(1_393_243_218L, 64)), t.downlinkCommands(frame, 0));
    assertRx1Eu868Sf12(frame);
  }

  @Test
  void dev_status_is_requested_once_per_interval_and_its_answer_reported() {
    DeviceProfile p = new DeviceProfile(MacFixture.profile(RegionId.EU868).id(), "", RegionId.EU868,
        MacFixture.session(RegionId.EU868).macVersion(), null, true, false, false, 60, 0, 60, 1, 0,
        0, 0, 16, null, 3600, 4, true);
    MacRoundTrip t = eu868(p);

    DownlinkFrame first = t.play(MacFixture.eu868UplinkOf(t.uplinkPhy(10, false, List.of()), T),
        10, T);
    assertEquals(List.of(new DevStatusReq()), t.downlinkCommands(first, 0));
    assertEquals(T, t.session.lastDeviceStatusRequest());

    Instant later = T.plusSeconds(60);
    DownlinkFrame second = t.play(MacFixture.eu868UplinkOf(
        t.uplinkPhy(11, false, List.of(new DevStatusAns(127, 7))), later), 11, later);
    assertNull(second);
    assertEquals(List.of(new StatusEvent(MacFixture.DEV_EUI, 7, false, false, 50f)),
        t.events.of(StatusEvent.class));
    assertEquals(127, t.session.battery());

    Instant sixHours = T.plus(Duration.ofHours(6));
    DownlinkFrame third = t.play(MacFixture.eu868UplinkOf(t.uplinkPhy(12, false, List.of()),
        sixHours), 12, sixHours);
    assertEquals(List.of(new DevStatusReq()), t.downlinkCommands(third, 1));
  }

  @Test
  void rx_param_setup_round_trip_applies_the_settings_and_confirms_with_a_downlink() {
    MacRoundTrip t = eu868(MacFixture.profile(RegionId.EU868));
    RxParamSetupReq req = new RxParamSetupReq(1, 3, 869_525_000);
    t.session.pendingMacCommands(List.of(new PendingMacCommand(req, T.minusSeconds(60), 1)));
    byte[] phy = t.uplinkPhy(10, false, List.of(new RxParamSetupAns(true, true, true)));

    DownlinkFrame frame = t.play(MacFixture.eu868UplinkOf(phy, T), 10, T);

    assertEquals(List.of(), t.downlinkCommands(frame, 0));
    assertRx1Eu868Sf12(frame);
    assertEquals(1, t.session.rx1DrOffset());
    assertEquals(3, t.session.rx2Dr());
    assertEquals(List.of(), t.session.pendingMacCommands());

    byte[] again = t.uplinkPhy(11, false, List.of(new RxParamSetupAns(true, true, true)));
    DownlinkFrame confirm = t.play(MacFixture.eu868UplinkOf(again, T.plusSeconds(30)), 11,
        T.plusSeconds(30));
    assertEquals(List.of(), t.downlinkCommands(confirm, 1));
  }

  private static MacRoundTrip us915SubBand2() {
    BitSet all = new BitSet();
    all.set(0, 72);
    DeviceSession s = MacFixture.session(RegionId.US915).enabledUplinkChannels(all);
    UplinkChannelPlan plan = UplinkChannelPlan.of(Map.of(RegionId.US915,
        UplinkChannelPlan.subBand(io.longwave.lorawan.region.Regions.get(RegionId.US915), 2)));
    return new MacRoundTrip(s, MacFixture.profile(RegionId.US915),
        new MacCommandDispatcher(AdrAlgorithms.standard(), plan));
  }

  private static io.longwave.uplink.UplinkFrameSet us915(byte[] phy, double snr, Instant at) {
    return MacFixture.uplink(903_900_000, 10, 125_000, at, phy, MacFixture.rx(1, snr, -90, at));
  }

  @Test
  void us915_link_adr_in_two_blocks_is_accepted_and_moves_the_device_to_sub_band_2() {
    MacRoundTrip t = us915SubBand2();
    DownlinkFrame frame = t.play(us915(t.uplinkPhy(10, true, List.of()), -5, T), 10, T);

    List<MacCommand> sent = t.downlinkCommands(frame, 0);
    assertEquals(List.of(new LinkAdrReq(0, 0, 0x0002, 7, 1), new LinkAdrReq(0, 0, 0xff00, 0, 1)),
        sent);
    DownlinkTxInfo tx = frame.items().get(0).txInfo();
    assertEquals(923_300_000, tx.frequencyHz());
    assertEquals(new LoraModulation(500_000, 10, CodeRate.CR_4_5, true), tx.modulation());

    Instant next = T.plusSeconds(60);
    t.play(us915(t.uplinkPhy(11, true,
        List.of(new LinkAdrAns(true, true, true), new LinkAdrAns(true, true, true))), -5, next),
        11, next);
    BitSet subBand2 = new BitSet();
    subBand2.set(8, 16);
    subBand2.set(65);
    assertEquals(subBand2, t.session.enabledUplinkChannels());
  }

  @Test
  void rejected_link_adr_is_retried_until_the_error_limit() {
    MacRoundTrip t = us915SubBand2();
    Instant at = T;
    t.play(us915(t.uplinkPhy(10, true, List.of()), -5, at), 10, at);
    for (int i = 1; i <= 3; i++) {
      at = at.plusSeconds(60);
      DownlinkFrame frame = t.play(us915(t.uplinkPhy(10 + i, true,
          List.of(new LinkAdrAns(true, true, false), new LinkAdrAns(true, true, false))), -5, at),
          10 + i, at);
      assertEquals(Map.of(3, i), t.session.macCommandErrorCount());
      if (i < 3) {
        assertEquals(2, t.downlinkCommands(frame, i).size(), "retry " + i);
      } else {
        assertNull(frame, "no LinkADRReq after " + i + " rejections");
      }
    }
    assertEquals(72, t.session.enabledUplinkChannels().cardinality());
  }
}
