package io.longwave.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.adr.UplinkMetrics;
import io.longwave.application.event.DataUplinkEvent;
import io.longwave.application.event.ErrorEvent;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.uplink.data.DataUplinkFixture;
import io.longwave.uplink.data.DataUplinkOutcome;
import io.longwave.uplink.data.GivenDataUplink;
import io.longwave.uplink.data.UplinkDrops;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Uplink frame counters (LoRaWAN 1.0.4 §4.3.1.5) with ChirpStack's rules: 32-bit rebuild and
 * rollover, retransmission, replay, counter reset, and devices whose counters are not checked.
 */
class FCntScenarioTest {

  static final Eui64 DEV_EUI = Eui64.parse("0807060504030201");
  static final DevAddr DEV_ADDR = DevAddr.parse("01020304");
  static final SessionKeys KEYS = new Lorawan10SessionKeys(
      Aes128Key.parse("0102030405060708090a0b0c0d0e0f10"),
      Aes128Key.parse("100f0e0d0c0b0a090807060504030201"));

  /**
   * A scenario.
   *
   * @param name what it shows
   * @param fCntUpBefore the session's FCntUp
   * @param skipFCntCheck whether the device's counters are checked
   * @param deviceFCnt the 32-bit counter the device sends (16 bits of it on air)
   * @param outcome what the flow says
   * @param fCntUpAfter the session's FCntUp afterwards
   * @param errorType the error event sent, or null
   */
  record Scenario(
      String name,
      long fCntUpBefore,
      boolean skipFCntCheck,
      long deviceFCnt,
      DataUplinkOutcome outcome,
      long fCntUpAfter,
      String errorType) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Scenario> scenarios() {
    return Stream.of(
        new Scenario("the expected counter", 5, false, 5, DataUplinkOutcome.accepted(5), 6, null),
        new Scenario("a counter after lost frames", 5, false, 100,
            DataUplinkOutcome.accepted(100), 101, null),
        new Scenario("16-bit rollover: 0xffff expected, 0x0000 on air is 0x00010000", 0xffff,
            false, 0x1_0000, DataUplinkOutcome.accepted(0x1_0000), 0x1_0001, null),
        new Scenario("rollover of the upper half: 0x0001ffff then 0x00020003", 0x1_ffff, false,
            0x2_0003, DataUplinkOutcome.accepted(0x2_0003), 0x2_0004, null),
        new Scenario("the last counter again is a retransmission", 6, false, 5,
            DataUplinkOutcome.dropped(UplinkDrops.FCNT_RETRANSMISSION, 5), 6,
            "UPLINK_FCNT_RETRANSMISSION"),
        new Scenario("an older counter is a replay", 10, false, 3,
            DataUplinkOutcome.dropped(UplinkDrops.FCNT_RESET, 3), 10, "UPLINK_FCNT"),
        new Scenario("a device that reset its counter is found by the raw 16-bit MIC", 0x1_2345,
            false, 0, DataUplinkOutcome.dropped(UplinkDrops.FCNT_RESET, 0), 0x1_2345,
            "UPLINK_FCNT"),
        new Scenario("skip-FCnt-check accepts a counter reset", 0x1_2345, true, 0,
            DataUplinkOutcome.accepted(0), 1, null),
        new Scenario("skip-FCnt-check accepts the last counter again", 6, true, 5,
            DataUplinkOutcome.accepted(5), 6, null),
        new Scenario("nothing is accepted after the last 32-bit counter", 0x1_0000_0000L, false,
            0xffff_fffeL, DataUplinkOutcome.dropped(UplinkDrops.FCNT_RESET, 0xffff_fffeL),
            0x1_0000_0000L, "UPLINK_FCNT"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void validates_the_uplink_frame_counter(Scenario sc) {
    DataUplinkFixture given = new DataUplinkFixture();
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_3, KEYS, sc.fCntUpBefore(),
        sc.skipFCntCheck(), s -> s.adrHistory(List.of(new UplinkMetrics(1, 3, -90, 0, 1))));

    DataUplinkOutcome outcome = given.send(GivenDataUplink.lorawan10(DEV_ADDR, KEYS)
        .fCnt(sc.deviceFCnt()).frmPayload(1, new byte[] {1, 2, 3}).frameSet());

    assertEquals(sc.outcome(), outcome);
    assertEquals(sc.fCntUpAfter(), given.session(DEV_EUI).fCntUp());
    List<ErrorEvent> errors = given.events.of(ErrorEvent.class);
    List<DataUplinkEvent> ups = given.events.of(DataUplinkEvent.class);
    if (sc.errorType() == null) {
      assertTrue(errors.isEmpty(), "no error event");
      assertEquals(1, ups.size());
      assertEquals(sc.deviceFCnt(), ups.get(0).fCnt());
      assertEquals(1, given.downlinks.responses().size());
    } else {
      assertEquals(List.of(sc.errorType()), errors.stream().map(ErrorEvent::type).toList());
      assertEquals(sc.deviceFCnt(), errors.get(0).fCnt());
      assertEquals(DEV_EUI, errors.get(0).devEui());
      assertTrue(ups.isEmpty(), "no application event");
      assertTrue(given.downlinks.responses().isEmpty(), "no answer");
      assertEquals(1, given.drops.get(sc.outcome().dropReason()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resets")
  void resets_the_adr_history_when_skip_fcnt_check_accepts_a_lower_counter(
      String name, long before, long deviceFCnt, int historyLength) {
    DataUplinkFixture given = new DataUplinkFixture();
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_3, KEYS, before, true,
        s -> s.adrHistory(List.of(new UplinkMetrics(1, 3, -90, 0, 1))));

    given.send(GivenDataUplink.lorawan10(DEV_ADDR, KEYS).fCnt(deviceFCnt).frameSet());

    List<UplinkMetrics> h = given.session(DEV_EUI).adrHistory();
    assertEquals(historyLength, h.size());
    assertEquals(deviceFCnt, h.get(h.size() - 1).fCnt());
  }

  static Stream<Arguments> resets() {
    return Stream.of(
        Arguments.of("a counter reset starts a new history", 50L, 0L, 1),
        Arguments.of("a new counter extends the history", 50L, 50L, 2));
  }
}
