package io.longwave.lorawan.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.LorawanFormatException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * LinkADRReq channel-mask planning and the device-side application (RP002-1.0.3 §2.x.5). Rows from
 * ChirpStack lrwn us915.rs, cn470.rs and ru864.rs test_get_link_adr_req_payloads, then round trips.
 */
class ChannelMaskPlanningTest {

  static BitSet set(int... channels) {
    BitSet b = new BitSet();
    for (int c : channels) {
      b.set(c);
    }
    return b;
  }

  static BitSet range(int from, int to) {
    BitSet b = new BitSet();
    b.set(from, to);
    return b;
  }

  static BitSet allBut(int total, int... off) {
    BitSet b = range(0, total);
    for (int c : off) {
      b.clear(c);
    }
    return b;
  }

  private static ChannelMaskBlock block(int cntl, int mask) {
    return new ChannelMaskBlock(cntl, mask);
  }

  static Stream<Arguments> plans() {
    BitSet us = range(0, 72);
    BitSet cn = range(0, 96);
    BitSet eu = range(0, 3);
    return Stream.of(
        Arguments.of("US915 all channels stay on", RegionId.US915, us, us, List.of()),
        Arguments.of(
            "US915 channels 0-7 and 64",
            RegionId.US915,
            us,
            set(0, 1, 2, 3, 4, 5, 6, 7, 64),
            List.of(block(7, 0x0001), block(0, 0x00ff))),
        Arguments.of(
            "US915 channels 0-15, 64 and 65",
            RegionId.US915,
            us,
            IntStream.concat(IntStream.range(0, 16), IntStream.of(64, 65))
                .collect(BitSet::new, BitSet::set, BitSet::or),
            List.of(block(7, 0x0003), block(0, 0xffff))),
        Arguments.of(
            "US915 sub-band 2 (8-15 and 65)",
            RegionId.US915,
            us,
            IntStream.concat(IntStream.range(8, 16), IntStream.of(65))
                .collect(BitSet::new, BitSet::set, BitSet::or),
            List.of(block(7, 0x0002), block(0, 0xff00))),
        Arguments.of(
            "US915 one channel off is one plain block",
            RegionId.US915,
            us,
            allBut(72, 20),
            List.of(block(1, 0xffef))),
        Arguments.of(
            "US915 all 125 kHz on, 500 kHz off",
            RegionId.US915,
            set(8),
            range(0, 64),
            List.of(block(6, 0x0000))),
        Arguments.of(
            "AU915 sub-band 2 from everything on",
            RegionId.AU915,
            us,
            IntStream.concat(IntStream.range(8, 16), IntStream.of(65))
                .collect(BitSet::new, BitSet::set, BitSet::or),
            List.of(block(7, 0x0002), block(0, 0xff00))),
        Arguments.of("CN470 all channels stay on", RegionId.CN470, cn, cn, List.of()),
        Arguments.of(
            "CN470 channels 6, 38 and 45 off",
            RegionId.CN470,
            cn,
            allBut(96, 6, 38, 45),
            List.of(block(0, 0xffbf), block(2, 0xdfbf))),
        Arguments.of("CN470 back to all on", RegionId.CN470, set(3), cn, List.of(block(6, 0x0000))),
        Arguments.of("EU868 unchanged", RegionId.EU868, eu, eu, List.of()),
        Arguments.of(
            "EU868 three default and five extra channels",
            RegionId.EU868,
            eu,
            range(0, 8),
            List.of(block(0, 0x00ff))),
        Arguments.of(
            "EU868 channel 1 off", RegionId.EU868, eu, set(0, 2), List.of(block(0, 0x0005))),
        Arguments.of(
            "RU864 device without channels gets the base channels",
            RegionId.RU864,
            new BitSet(),
            set(0, 1),
            List.of(block(0, 0x0003))),
        Arguments.of(
            "RU864 CFList channels disabled on the network",
            RegionId.RU864,
            range(0, 7),
            set(0, 1),
            List.of(block(0, 0x0003))),
        Arguments.of("RU864 in sync", RegionId.RU864, range(0, 7), range(0, 7), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void plans_the_shortest_channel_mask_and_the_device_ends_up_with_the_wanted_channels(
      String description,
      RegionId id,
      BitSet device,
      BitSet wanted,
      List<ChannelMaskBlock> expected) {
    Region r = Regions.get(id);
    List<ChannelMaskBlock> blocks = r.linkAdrChannelMask(device, wanted);
    assertEquals(expected, blocks);
    BitSet defined = r.fixedChannelPlan() ? range(0, 96) : range(0, 16);
    assertEquals(wanted, r.applyLinkAdrChannelMask(defined, device, blocks));
  }

  static Stream<Arguments> subBands() {
    return IntStream.rangeClosed(1, 8)
        .boxed()
        .flatMap(
            sb -> Stream.of(Arguments.of(RegionId.US915, sb), Arguments.of(RegionId.AU915, sb)));
  }

  @ParameterizedTest(name = "{0} sub-band {1}")
  @MethodSource("subBands")
  void plans_every_sub_band_in_two_blocks(RegionId id, int subBand) {
    Region r = Regions.get(id);
    int first = (subBand - 1) * 8;
    BitSet wanted = range(first, first + 8);
    wanted.set(64 + subBand - 1);
    List<ChannelMaskBlock> blocks = r.linkAdrChannelMask(range(0, 72), wanted);
    assertEquals(
        List.of(block(7, 1 << (subBand - 1)), block(first / 16, 0xff << (first % 16))), blocks);
    assertEquals(wanted, r.applyLinkAdrChannelMask(range(0, 72), range(0, 72), blocks));
    assertEquals(wanted, r.applyLinkAdrChannelMask(range(0, 72), set(3, 70), blocks));
  }

  @ParameterizedTest(name = "{0} sub-band {1} with ChMaskCntl 5")
  @MethodSource("subBands")
  void applies_the_rp002_sub_band_mask(RegionId id, int subBand) {
    Region r = Regions.get(id);
    int first = (subBand - 1) * 8;
    BitSet wanted = range(first, first + 8);
    wanted.set(64 + subBand - 1);
    List<ChannelMaskBlock> blocks = List.of(block(5, 1 << (subBand - 1)));
    assertEquals(wanted, r.applyLinkAdrChannelMask(range(0, 72), range(0, 72), blocks));
  }

  @Test
  void turns_every_defined_dynamic_channel_on_with_ch_mask_cntl_6() {
    Region eu = Regions.get(RegionId.EU868);
    BitSet defined = range(0, 5);
    assertEquals(defined, eu.applyLinkAdrChannelMask(defined, set(1), List.of(block(6, 0))));
  }

  @Test
  void applies_blocks_in_order() {
    Region us = Regions.get(RegionId.US915);
    BitSet after =
        us.applyLinkAdrChannelMask(
            range(0, 72), range(0, 72), List.of(block(7, 0x00ff), block(3, 0x8000)));
    BitSet expected = range(64, 72);
    expected.set(63);
    assertEquals(expected, after);
  }

  static Stream<Arguments> invalidBlocks() {
    return Stream.of(
        Arguments.of("EU868 RFU ChMaskCntl 1", RegionId.EU868, block(1, 0x0001), "RFU"),
        Arguments.of("EU868 undefined channel 3", RegionId.EU868, block(0, 0x0009), "channel 3"),
        Arguments.of("EU868 every channel off", RegionId.EU868, block(0, 0), "no channel"),
        Arguments.of("US915 channel 72 in block 4", RegionId.US915, block(4, 0x0100), "72"),
        Arguments.of(
            "US915 500 kHz bit 8 with ChMaskCntl 7", RegionId.US915, block(7, 0x0101), "bit 8"),
        Arguments.of("US915 every channel off", RegionId.US915, block(7, 0), "no channel"),
        Arguments.of("US915 sub-band bit 8", RegionId.US915, block(5, 0x0100), "bit 8"),
        Arguments.of("CN470 RFU ChMaskCntl 7", RegionId.CN470, block(7, 0x0001), "RFU"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidBlocks")
  void rejects_channel_masks_a_device_would_refuse(
      String description, RegionId id, ChannelMaskBlock block, String reason) {
    Region r = Regions.get(id);
    BitSet defined = r.fixedChannelPlan() ? range(0, 96) : range(0, 3);
    var e =
        assertThrows(
            LorawanFormatException.class,
            () -> r.applyLinkAdrChannelMask(defined, range(0, 3), List.of(block)));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  @Test
  void rejects_planning_channels_the_plan_does_not_have() {
    assertThrows(
        LorawanFormatException.class,
        () -> Regions.get(RegionId.US915).linkAdrChannelMask(range(0, 72), set(72)));
    assertThrows(
        LorawanFormatException.class,
        () -> Regions.get(RegionId.EU868).linkAdrChannelMask(range(0, 3), set(16)));
  }

  @Test
  void reports_missing_arguments_as_bad_input() {
    for (RegionId id : new RegionId[] {RegionId.EU868, RegionId.US915}) {
      Region r = Regions.get(id);
      assertThrows(LorawanFormatException.class, () -> r.linkAdrChannelMask(null, set(0)));
      assertThrows(LorawanFormatException.class, () -> r.linkAdrChannelMask(set(0), null));
      assertThrows(
          LorawanFormatException.class,
          () -> r.applyLinkAdrChannelMask(range(0, 3), range(0, 3), null));
      List<ChannelMaskBlock> withNull = new ArrayList<>();
      withNull.add(null);
      assertThrows(
          LorawanFormatException.class,
          () -> r.applyLinkAdrChannelMask(range(0, 3), range(0, 3), withNull));
      assertThrows(LorawanFormatException.class, () -> r.cfListFrequencies(null));
      assertThrows(LorawanFormatException.class, () -> r.pingSlotFrequencyHz(null, 0));
    }
    assertThrows(
        LorawanFormatException.class, () -> Regions.get(RegionId.US915).cfListChannelMasks(null));
  }

  @Test
  void rejects_out_of_range_block_fields() {
    assertThrows(LorawanFormatException.class, () -> new ChannelMaskBlock(8, 0));
    assertThrows(LorawanFormatException.class, () -> new ChannelMaskBlock(0, 0x10000));
    assertThrows(LorawanFormatException.class, () -> new ChannelMaskBlock(-1, 0));
  }
}
