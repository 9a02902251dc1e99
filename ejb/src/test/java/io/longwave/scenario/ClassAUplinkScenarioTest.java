package io.longwave.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.adr.UplinkMetrics;
import io.longwave.application.event.DataUplinkEvent;
import io.longwave.application.event.ErrorEvent;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.MacVersion;
import io.longwave.downlink.ClassAResponse;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.Hex;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.FrmPayloadCipher;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.crypto.Lorawan11SessionKeys;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.lorawan.mac.DevStatusAns;
import io.longwave.lorawan.mac.DevStatusReq;
import io.longwave.lorawan.mac.LinkAdrAns;
import io.longwave.lorawan.mac.LinkCheckAns;
import io.longwave.lorawan.mac.LinkCheckReq;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.mac.MacOutcome;
import io.longwave.session.DeviceSession;
import io.longwave.uplink.data.DataUplinkFixture;
import io.longwave.uplink.data.DataUplinkOutcome;
import io.longwave.uplink.data.GivenDataUplink;
import io.longwave.uplink.data.UplinkDrops;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Class A data uplinks through {@code DataUplinkFlow}, checked at the in-memory edges. */
class ClassAUplinkScenarioTest {

  static final Eui64 DEV_EUI = Eui64.parse("0807060504030201");
  static final DevAddr DEV_ADDR = DevAddr.parse("01020304");
  static final Aes128Key KEY_0102 = Aes128Key.parse("0102030405060708090a0b0c0d0e0f10");
  static final Aes128Key APP_S_KEY = Aes128Key.parse("100f0e0d0c0b0a090807060504030201");
  static final Aes128Key ONES = Aes128Key.parse("01010101010101010101010101010101");
  static final SessionKeys KEYS = new Lorawan10SessionKeys(KEY_0102, APP_S_KEY);

  /** ChirpStack lrwn's LoRaWAN 1.0.x confirmed uplink: DevStatusAns in FOpts, FPort 10. */
  static final String CHIRPSTACK_CONFIRMED_UPLINK =
      "80" + "04030201" + "03" + "0000" + "067307" + "0a" + "e264d4f7" + "e117d2c0";

  final DataUplinkFixture given = new DataUplinkFixture();

  @Test
  void accepts_the_chirpstack_confirmed_uplink_with_dev_status_ans_in_fopts() {
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_3, KEYS, 0, false, s -> { });
    byte[] vector = Hex.decode(CHIRPSTACK_CONFIRMED_UPLINK, "vector");
    GivenDataUplink uplink = GivenDataUplink.lorawan10(DEV_ADDR, KEYS).confirmed()
        .fOpts(Hex.decode("067307", "fOpts")).frmPayload(10, Hex.decode("01020304", "data"));
    assertArrayEquals(vector, uplink.phyPayload(), "the builder makes the vector's bytes");

    DataUplinkOutcome outcome = given.send(uplink.frameSetOf(vector));

    assertEquals(DataUplinkOutcome.accepted(0), outcome);
    assertEquals(1, given.session(DEV_EUI).fCntUp());
    assertEquals(List.of(List.of(new DevStatusAns(0x73, 7, 0))), given.mac.handled());
    DataUplinkEvent up = given.events.of(DataUplinkEvent.class).get(0);
    assertEquals(10, up.fPort());
    assertEquals(0, up.fCnt());
    assertTrue(up.confirmed());
    assertEquals(5, up.dr());
    assertEquals(APP_S_KEY, up.appSKey());
    assertEquals("e264d4f7", Hex.encode(up.encryptedFrmPayload()));
    byte[] plain = FrmPayloadCipher.decrypt(AesKeyContext.of(APP_S_KEY), Direction.UPLINK,
        DEV_ADDR, 0, up.encryptedFrmPayload());
    assertEquals("01020304", Hex.encode(plain));
    ClassAResponse r = given.downlinks.responses().get(0);
    assertTrue(r.ack());
    assertTrue(r.mustSend());
    assertEquals(5, r.uplinkDr());
    assertEquals(1, r.session().fCntUp());
    assertEquals(List.of(Duration.ofMillis(100)), given.delays);
  }

  @Test
  void hands_fport_0_mac_commands_to_mac_handling_without_an_application_event() {
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_3,
        new Lorawan10SessionKeys(ONES, APP_S_KEY), 0, false, s -> { });
    // brocaar/lorawan: LoRaWAN 1.0 mac-commands in FRMPayload, NwkSKey 01..01
    byte[] vector = Hex.decode("400403020100000000" + "69369e" + "ee6aa508", "vector");
    given.mac.answering(new MacOutcome(List.of(new LinkCheckAns(20, 1)), true));

    DataUplinkOutcome outcome = given.send(GivenDataUplink.lorawan10(DEV_ADDR, KEYS)
        .frameSetOf(vector));

    assertTrue(outcome.accepted());
    assertEquals(List.of(List.of(new LinkCheckReq(), new LinkAdrAns(true, false, true, 0))),
        given.mac.handled());
    assertTrue(given.events.of(DataUplinkEvent.class).isEmpty());
    ClassAResponse r = given.downlinks.responses().get(0);
    assertEquals(List.<MacCommand>of(new LinkCheckAns(20, 1)), r.macCommands());
    assertTrue(r.mustSend(), "LinkCheckReq must be answered");
    assertFalse(r.ack());
  }

  /** {description, uplink change, mustSend, ack}. */
  static Stream<Arguments> answers() {
    return Stream.of(
        Arguments.of("an unconfirmed uplink", (UnaryOperator<GivenDataUplink>) u -> u, false,
            false),
        Arguments.of("an uplink asking ADRACKReq",
            (UnaryOperator<GivenDataUplink>) GivenDataUplink::adrAckReq, true, false),
        Arguments.of("a confirmed uplink",
            (UnaryOperator<GivenDataUplink>) GivenDataUplink::confirmed, true, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void starts_the_class_a_answer_after_the_downlink_data_delay(
      String description, UnaryOperator<GivenDataUplink> change, boolean mustSend, boolean ack) {
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_3, KEYS, 7, false, s -> { });
    GivenDataUplink u = GivenDataUplink.lorawan10(DEV_ADDR, KEYS).fCnt(7)
        .frmPayload(2, new byte[] {1, 2});

    assertTrue(given.send(change.apply(u).frameSet()).accepted());

    ClassAResponse r = given.downlinks.responses().get(0);
    assertEquals(mustSend, r.mustSend());
    assertEquals(ack, r.ack());
    assertEquals(given.settings.getDownlinkDataDelay(), given.delays.get(0));
    assertTrue(given.mac.handled().isEmpty(), "no MAC commands to handle");
  }

  @Test
  void adds_network_requests_to_the_answer_and_must_send_it() {
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_3, KEYS, 0, false, s -> { });
    given.mac.requesting(List.of(new DevStatusReq()));

    given.send(GivenDataUplink.lorawan10(DEV_ADDR, KEYS).frameSet());

    ClassAResponse r = given.downlinks.responses().get(0);
    assertEquals(List.<MacCommand>of(new DevStatusReq()), r.macCommands());
    assertTrue(r.mustSend());
  }

  @Test
  void records_adr_state_and_the_best_reception_of_two_gateways() {
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_3, KEYS, 3, false,
        s -> s.dr(5).txPowerIndex(2));
    GatewayId second = GatewayId.parse("0a0b0c0d0e0f0001");

    given.send(GivenDataUplink.lorawan10(DEV_ADDR, KEYS).fCnt(3).adr()
        .channel(868_300_000L, 1, 3)
        .heardBy(GivenDataUplink.GATEWAY, -80, 5.5, GivenDataUplink.CONTEXT)
        .heardBy(second, -70, 9.25, new byte[] {9}).frameSet());

    DeviceSession s = given.session(DEV_EUI);
    assertTrue(s.adr());
    assertEquals(3, s.dr());
    assertEquals(0, s.txPowerIndex(), "a new data rate resets the TX power");
    assertEquals(List.of(new UplinkMetrics(3, 9.25, -70, 0, 2)),
        s.adrHistory());
  }

  @Test
  void picks_the_session_whose_mic_matches_among_two_with_the_same_dev_addr() {
    Eui64 other = Eui64.parse("1111111111111111");
    given.activate(other, DEV_ADDR, MacVersion.LORAWAN_1_0_3,
        new Lorawan10SessionKeys(ONES, ONES), 0, false, s -> { });
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_3, KEYS, 0, false, s -> { });

    given.send(GivenDataUplink.lorawan10(DEV_ADDR, KEYS).frmPayload(1, new byte[] {42})
        .frameSet());

    assertEquals(DEV_EUI, given.events.of(DataUplinkEvent.class).get(0).devEui());
    assertEquals(1, given.session(DEV_EUI).fCntUp());
    assertEquals(0, given.session(other).fCntUp());
  }

  @Test
  void drops_an_uplink_whose_mic_matches_no_session() {
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_3, KEYS, 0, false, s -> { });

    DataUplinkOutcome outcome = given.send(
        GivenDataUplink.lorawan10(DEV_ADDR, new Lorawan10SessionKeys(ONES, ONES)).frameSet());

    assertEquals(DataUplinkOutcome.dropped(UplinkDrops.MIC_FAILED, -1), outcome);
    assertEquals(1, given.drops.get(UplinkDrops.MIC_FAILED));
    assertEquals(0, given.session(DEV_EUI).fCntUp());
    assertTrue(given.events.all().isEmpty());
    assertTrue(given.downlinks.responses().isEmpty());
  }

  @Test
  void drops_an_uplink_of_an_unknown_dev_addr() {
    DataUplinkOutcome outcome = given.send(GivenDataUplink.lorawan10(DEV_ADDR, KEYS).frameSet());

    assertEquals(UplinkDrops.UNKNOWN_DEV_ADDR, outcome.dropReason());
  }

  @Test
  void drops_the_uplinks_of_a_disabled_device_without_moving_its_counter() {
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_3, KEYS, 4, false, s -> { });
    Device d = given.devices.find(DEV_EUI).orElseThrow();
    given.devices.save(new Device(d.devEui(), d.name(), d.applicationId(), d.deviceProfileId(),
        null, null, false, true, 0));

    DataUplinkOutcome outcome = given.send(
        GivenDataUplink.lorawan10(DEV_ADDR, KEYS).fCnt(4).frameSet());

    assertEquals(UplinkDrops.DEVICE_DISABLED, outcome.dropReason());
    assertEquals(4, given.session(DEV_EUI).fCntUp());
    assertTrue(given.events.all().isEmpty());
  }

  @Test
  void decrypts_the_fopts_of_a_lorawan_1_1_uplink_before_mac_handling() {
    SessionKeys keys11 = new Lorawan11SessionKeys(
        Aes128Key.parse("01010101010101010101010101010101"),
        Aes128Key.parse("02020202020202020202020202020202"),
        Aes128Key.parse("03030303030303030303030303030303"),
        APP_S_KEY);
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_1_0, keys11, 9, false, s -> { });
    GivenDataUplink u = GivenDataUplink.lorawan11(DEV_ADDR, keys11).fCnt(9)
        .fOpts(Hex.decode("06ff0502", "DevStatusAns, LinkCheckReq"))
        .frmPayload(3, new byte[] {7});
    byte[] phy = u.phyPayload();
    assertFalse(Hex.encode(phy).contains("06ff0502"), "FOpts travel encrypted");

    assertTrue(given.send(u.frameSetOf(phy)).accepted());

    assertEquals(List.of(List.of(new DevStatusAns(0xff, 5, 0), new LinkCheckReq())),
        given.mac.handled());
    assertEquals(10, given.session(DEV_EUI).fCntUp());
    assertTrue(given.events.of(ErrorEvent.class).isEmpty());
  }
}
