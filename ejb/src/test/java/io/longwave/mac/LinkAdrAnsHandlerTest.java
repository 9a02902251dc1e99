package io.longwave.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.adr.UplinkMetrics;
import io.longwave.lorawan.mac.Cid;
import io.longwave.lorawan.mac.LinkAdrAns;
import io.longwave.lorawan.mac.LinkAdrReq;
import io.longwave.lorawan.mac.StandardMacCommand;
import io.longwave.lorawan.region.RegionId;
import io.longwave.session.DeviceSession;
import io.longwave.testing.RecordingApplicationEvents;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows after ChirpStack's {@code link_adr.rs} tests (EU868) plus a US915 two-block request. */
class LinkAdrAnsHandlerTest {

  private static final LinkAdrReq DR5_POWER3 = new LinkAdrReq(5, 3, 0x0007, 0, 2);

  private static BitSet channels(int... indices) {
    BitSet b = new BitSet();
    for (int i : indices) {
      b.set(i);
    }
    return b;
  }

  private static DeviceSession eu868(boolean adr) {
    return MacFixture.session(RegionId.EU868).adr(adr).enabledUplinkChannels(channels(0, 1));
  }

  private static void handle(DeviceSession s, List<StandardMacCommand> answers,
      List<StandardMacCommand> pending) {
    MacContext ctx = MacFixture.context(s, MacFixture.profile(s.region()),
        MacFixture.eu868Uplink(5, MacFixture.T0), 0, new RecordingApplicationEvents());
    assertTrue(new LinkAdrAnsHandler().handle(ctx, answers, pending).answers().isEmpty());
  }

  @Test
  void accepted_request_updates_power_nbtrans_dr_and_channels_and_clears_errors_and_history() {
    DeviceSession s = eu868(true).macCommandErrorCount(Map.of(3, 1))
        .adrHistory(List.of(new UplinkMetrics(1, 0, -90, 0, 1)));

    handle(s, List.of(new LinkAdrAns(true, true, true)), List.of(DR5_POWER3));

    assertEquals(channels(0, 1, 2), s.enabledUplinkChannels());
    assertEquals(3, s.txPowerIndex());
    assertEquals(2, s.nbTrans());
    assertEquals(5, s.dr());
    assertEquals(Map.of(), s.macCommandErrorCount());
    assertEquals(List.of(), s.adrHistory());
  }

  @Test
  void power_rejection_lowers_the_max_supported_power_index_and_counts_an_error() {
    DeviceSession s = eu868(true);

    handle(s, List.of(new LinkAdrAns(false, true, true)), List.of(DR5_POWER3));

    assertEquals(channels(0, 1), s.enabledUplinkChannels());
    assertEquals(2, s.maxSupportedTxPowerIndex());
    assertEquals(0, s.txPowerIndex());
    assertEquals(0, s.dr());
    assertEquals(Map.of(Cid.LINK_ADR_REQ.value(), 1), s.macCommandErrorCount());
  }

  @Test
  void device_with_adr_off_takes_the_channel_mask_and_nbtrans_but_not_an_unacked_dr() {
    DeviceSession s = eu868(false).txPowerIndex(1).dr(3);

    handle(s, List.of(new LinkAdrAns(false, false, true)), List.of(DR5_POWER3));

    assertEquals(channels(0, 1, 2), s.enabledUplinkChannels());
    assertEquals(1, s.txPowerIndex());
    assertEquals(3, s.dr());
    assertEquals(2, s.nbTrans());
    assertEquals(Map.of(), s.macCommandErrorCount());
  }

  @Test
  void us915_two_blocks_acked_twice_move_the_device_to_sub_band_2() {
    BitSet all = new BitSet();
    all.set(0, 72);
    DeviceSession s = MacFixture.session(RegionId.US915).adr(true).enabledUplinkChannels(all);
    List<StandardMacCommand> pending =
        List.of(new LinkAdrReq(3, 2, 0x0002, 7, 1), new LinkAdrReq(3, 2, 0xff00, 0, 1));

    handle(s, List.of(new LinkAdrAns(true, true, true), new LinkAdrAns(true, true, true)),
        pending);

    assertEquals(channels(8, 9, 10, 11, 12, 13, 14, 15, 65), s.enabledUplinkChannels());
    assertEquals(3, s.dr());
    assertEquals(2, s.txPowerIndex());
  }

  @Test
  void one_rejecting_answer_of_two_leaves_the_channels_and_counts_an_error() {
    BitSet all = new BitSet();
    all.set(0, 72);
    DeviceSession s = MacFixture.session(RegionId.US915).adr(true).enabledUplinkChannels(all);
    List<StandardMacCommand> pending =
        List.of(new LinkAdrReq(3, 2, 0x0002, 7, 1), new LinkAdrReq(3, 2, 0xff00, 0, 1));

    handle(s, List.of(new LinkAdrAns(true, true, true), new LinkAdrAns(true, true, false)),
        pending);

    assertEquals(all, s.enabledUplinkChannels());
    assertEquals(Map.of(Cid.LINK_ADR_REQ.value(), 1), s.macCommandErrorCount());
  }
}
