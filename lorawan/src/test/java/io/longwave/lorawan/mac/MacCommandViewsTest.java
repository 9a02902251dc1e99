package io.longwave.lorawan.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.LorawanFormatException;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The derived values a network server reads from the commands. */
class MacCommandViewsTest {

  @Test
  void link_adr_ans_is_all_acked_only_with_every_bit() {
    assertTrue(new LinkAdrAns(true, true, true).allAcked());
    assertFalse(new LinkAdrAns(false, true, true).allAcked());
    assertFalse(new LinkAdrAns(true, false, true).allAcked());
    assertFalse(new LinkAdrAns(true, true, false).allAcked());
  }

  @Test
  void rx_param_setup_ans_is_all_acked_only_with_every_bit() {
    assertTrue(new RxParamSetupAns(true, true, true).allAcked());
    assertFalse(new RxParamSetupAns(true, true, false).allAcked());
  }

  @Test
  void channel_answers_are_ok_only_with_both_bits() {
    assertTrue(new NewChannelAns(true, true).allOk());
    assertFalse(new NewChannelAns(true, false).allOk());
    assertTrue(new DlChannelAns(true, true).allOk());
    assertFalse(new DlChannelAns(false, true).allOk());
    assertTrue(new PingSlotChannelAns(true, true).allOk());
    assertFalse(new PingSlotChannelAns(true, false).allOk());
  }

  @Test
  void dev_status_ans_battery_zero_means_external_power() {
    DevStatusAns s = new DevStatusAns(0, 10);
    assertTrue(s.externalPower());
    assertFalse(s.batteryLevelUnknown());
    assertEquals(OptionalInt.empty(), s.batteryLevel());
  }

  @Test
  void dev_status_ans_battery_255_means_unknown_level() {
    DevStatusAns s = new DevStatusAns(255, 10);
    assertFalse(s.externalPower());
    assertTrue(s.batteryLevelUnknown());
    assertEquals(OptionalInt.empty(), s.batteryLevel());
  }

  @Test
  void dev_status_ans_battery_1_to_254_is_a_level() {
    assertEquals(OptionalInt.of(1), new DevStatusAns(1, 0).batteryLevel());
    assertEquals(OptionalInt.of(254), new DevStatusAns(254, 0).batteryLevel());
    assertFalse(new DevStatusAns(128, 0).externalPower());
  }

  @Test
  void tx_param_setup_req_max_eirp_follows_table_12() {
    int[] expected = {8, 10, 12, 13, 14, 16, 18, 20, 21, 24, 26, 27, 29, 30, 33, 36};
    assertEquals(
        IntStream.of(expected).boxed().toList(),
        IntStream.range(0, 16).map(TxParamSetupReq::maxEirpDbm).boxed().toList());
    assertEquals(36, new TxParamSetupReq(false, false, 15).maxEirpDbm());
    assertEquals(16, new TxParamSetupReq(false, false, 5).maxEirpDbm());
  }

  @ParameterizedTest(name = "{0} dBm -> index {1}")
  @CsvSource({"16, 5", "16.5, 5", "14, 4", "8, 0", "36, 15", "40, 15", "22.9, 8"})
  void tx_param_setup_req_finds_the_largest_index_within_an_eirp(double dbm, int index) {
    assertEquals(index, TxParamSetupReq.maxEirpIndexAtMost(dbm));
  }

  @Test
  void tx_param_setup_req_cannot_code_below_8_dbm() {
    assertThrows(LorawanFormatException.class, () -> TxParamSetupReq.maxEirpIndexAtMost(7.9));
  }

  @Test
  void device_time_ans_converts_to_and_from_gps_epoch_time() {
    DeviceTimeAns ans = DeviceTimeAns.ofGpsEpochTime(Duration.ofSeconds(1, 2 * 3_906_250));
    assertEquals(new DeviceTimeAns(1, 2), ans);
    assertEquals(Duration.ofSeconds(1, 7_812_500), ans.gpsEpochTime());
    // rounds down to 1/256 s
    assertEquals(
        new DeviceTimeAns(10, 127), DeviceTimeAns.ofGpsEpochTime(Duration.ofMillis(10_499)));
    assertEquals(Duration.ofMillis(1500), new DeviceTimeAns(1, 128).gpsEpochTime());
  }

  @Test
  void device_time_ans_rejects_negative_or_missing_time() {
    assertThrows(
        LorawanFormatException.class, () -> DeviceTimeAns.ofGpsEpochTime(Duration.ofSeconds(-1)));
    assertThrows(LorawanFormatException.class, () -> DeviceTimeAns.ofGpsEpochTime(null));
  }

  @Test
  void rx_timing_setup_req_delay_zero_means_one_second() {
    assertEquals(1, new RxTimingSetupReq(0).rx1DelaySeconds());
    assertEquals(1, new RxTimingSetupReq(1).rx1DelaySeconds());
    assertEquals(15, new RxTimingSetupReq(15).rx1DelaySeconds());
  }

  @Test
  void adr_param_setup_req_gives_powers_of_two() {
    AdrParamSetupReq req = new AdrParamSetupReq(6, 5);
    assertEquals(64, req.adrAckLimit());
    assertEquals(32, req.adrAckDelay());
  }

  @Test
  void rejoin_param_setup_req_gives_count_and_time_limits() {
    RejoinParamSetupReq req = new RejoinParamSetupReq(0, 0);
    assertEquals(16, req.maxCount());
    assertEquals(1024, req.maxTimeSeconds());
    assertEquals(1L << 25, new RejoinParamSetupReq(15, 15).maxTimeSeconds());
    assertEquals(1 << 19, new RejoinParamSetupReq(15, 15).maxCount());
  }

  @Test
  void ping_slot_info_req_gives_ping_nb_and_period() {
    assertEquals(128, new PingSlotInfoReq(0).pingNb());
    assertEquals(32, new PingSlotInfoReq(0).pingPeriod());
    assertEquals(1, new PingSlotInfoReq(7).pingNb());
    assertEquals(4096, new PingSlotInfoReq(7).pingPeriod());
  }

  @Test
  void duty_cycle_req_gives_the_aggregated_limit() {
    assertEquals(1.0, new DutyCycleReq(0).aggregatedDutyCycle());
    assertEquals(1.0 / 128, new DutyCycleReq(7).aggregatedDutyCycle());
  }

  @Test
  void new_channel_req_with_frequency_zero_disables_the_channel() {
    assertTrue(new NewChannelReq(3, 0, 0, 0).disablesChannel());
    assertFalse(new NewChannelReq(3, 867100000, 5, 0).disablesChannel());
  }

  @Test
  void link_adr_req_reports_enabled_channels() {
    LinkAdrReq req = new LinkAdrReq(5, 1, 0x8005, 0, 1);
    assertTrue(req.channelEnabled(0));
    assertFalse(req.channelEnabled(1));
    assertTrue(req.channelEnabled(2));
    assertTrue(req.channelEnabled(15));
    assertThrows(LorawanFormatException.class, () -> req.channelEnabled(16));
  }

  @Test
  void beacon_timing_ans_delay_is_in_30_ms_steps() {
    assertEquals(30, new BeaconTimingAns(0, 0).delayMillis());
    assertEquals(30 * 65536, new BeaconTimingAns(0xffff, 0).delayMillis());
  }

  @Test
  void device_mode_commands_name_class_a_and_class_c() {
    assertTrue(new DeviceModeInd(DeviceModeInd.CLASS_A).classA());
    assertTrue(new DeviceModeInd(DeviceModeInd.CLASS_C).classC());
    assertFalse(new DeviceModeConf(1).classA());
    assertFalse(new DeviceModeConf(1).classC());
  }

  @Test
  void version_commands_carry_the_minor() {
    assertEquals(ResetInd.LORAWAN_1_1, new ResetInd(1).minor());
    assertEquals(1, new RekeyInd(1).minor());
  }
}
