package io.longwave.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.mac.BeaconFreqAns;
import io.longwave.lorawan.mac.BeaconFreqReq;
import io.longwave.lorawan.mac.BeaconTimingReq;
import io.longwave.lorawan.mac.DlChannelAns;
import io.longwave.lorawan.mac.DlChannelReq;
import io.longwave.lorawan.mac.DutyCycleAns;
import io.longwave.lorawan.mac.DutyCycleReq;
import io.longwave.lorawan.mac.PingSlotChannelAns;
import io.longwave.lorawan.mac.PingSlotChannelReq;
import io.longwave.lorawan.mac.TxParamSetupAns;
import io.longwave.lorawan.mac.TxParamSetupReq;
import io.longwave.session.DeviceSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The handlers that only take the pending request's values or count an error: TxParamSetupAns,
 * PingSlotChannelAns, DlChannelAns, BeaconFreqAns, DutyCycleAns and the ignored BeaconTimingReq.
 */
class SimpleAnswerHandlersTest {

  private final DeviceSession s = DeviceSideHandlersFixture.eu868().macCommandErrorCount(
      Map.of(9, 1, 0x11, 1, 0x0a, 1, 0x13, 1, 4, 1));
  private final MacContext ctx = DeviceSideHandlersFixture.context(s);

  @Test
  void tx_param_setup_ans_applies_the_dwell_times() {
    new TxParamSetupAnsHandler().handle(ctx, List.of(new TxParamSetupAns()),
        List.of(new TxParamSetupReq(true, false, 5)));

    assertTrue(s.downlinkDwellTime400ms());
    assertEquals(false, s.uplinkDwellTime400ms());
    assertEquals(null, s.macCommandErrorCount().get(9));
  }

  @Test
  void ping_slot_channel_ans_applies_frequency_and_data_rate_when_both_are_ok() {
    new PingSlotChannelAnsHandler().handle(ctx, List.of(new PingSlotChannelAns(true, true)),
        List.of(new PingSlotChannelReq(869_525_000, 3)));

    assertEquals(869_525_000, s.pingSlotFrequencyHz());
    assertEquals(3, s.pingSlotDr());
    assertEquals(null, s.macCommandErrorCount().get(0x11));
  }

  @Test
  void ping_slot_channel_ans_with_a_bad_data_rate_counts_an_error() {
    new PingSlotChannelAnsHandler().handle(ctx, List.of(new PingSlotChannelAns(false, true)),
        List.of(new PingSlotChannelReq(869_525_000, 3)));

    assertEquals(0, s.pingSlotFrequencyHz());
    assertEquals(2, s.macCommandErrorCount().get(0x11));
  }

  @Test
  void dl_channel_and_beacon_freq_rejections_count_errors() {
    new DlChannelAnsHandler().handle(ctx, List.of(new DlChannelAns(false, true)),
        List.of(new DlChannelReq(0, 868_500_000)));
    new BeaconFreqAnsHandler().handle(ctx, List.of(new BeaconFreqAns(false)),
        List.of(new BeaconFreqReq(869_525_000)));

    assertEquals(2, s.macCommandErrorCount().get(0x0a));
    assertEquals(2, s.macCommandErrorCount().get(0x13));
  }

  @Test
  void duty_cycle_ans_clears_the_error_count() {
    new DutyCycleAnsHandler().handle(ctx, List.of(new DutyCycleAns()),
        List.of(new DutyCycleReq(3)));

    assertEquals(null, s.macCommandErrorCount().get(4));
  }

  @Test
  void beacon_timing_req_is_ignored() {
    MacOutcome out = new BeaconTimingReqHandler().handle(ctx, List.of(new BeaconTimingReq()),
        List.of());

    assertEquals(MacOutcome.none(), out);
  }
}
