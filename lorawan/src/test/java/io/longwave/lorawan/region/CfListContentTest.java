package io.longwave.lorawan.region;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.CfList;
import io.longwave.lorawan.Hex;
import io.longwave.lorawan.LorawanFormatException;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CFList content (RP002-1.0.3 §2.x.4). EU868 rows follow ChirpStack lrwn eu868.rs
 * config_with_user_channels; the US915/AU915 row is test_cf_list (channels 8-15).
 */
class CfListContentTest {

  private static Channel ch(long hz) {
    return new Channel(hz, 0, 5);
  }

  static Stream<Arguments> frequencies() {
    List<Channel> five =
        List.of(ch(867100000), ch(867300000), ch(867500000), ch(867700000), ch(867900000));
    return Stream.of(
        Arguments.of(
            "five extra EU868 channels",
            RegionId.EU868,
            five,
            List.of(867100000L, 867300000L, 867500000L, 867700000L, 867900000L)),
        Arguments.of(
            "a sixth channel is left for NewChannelReq",
            RegionId.EU868,
            List.of(
                ch(867100000),
                ch(867300000),
                ch(867500000),
                ch(867700000),
                ch(867900000),
                ch(868800000)),
            List.of(867100000L, 867300000L, 867500000L, 867700000L, 867900000L)),
        Arguments.of(
            "a channel with another DR range is left out",
            RegionId.EU868,
            List.of(new Channel(868800000, 7, 7), ch(867100000)),
            List.of(867100000L)),
        Arguments.of("no extra channel", RegionId.AS923, List.of(), List.of()),
        Arguments.of(
            "AS923-2 extras",
            RegionId.AS923_2,
            List.of(ch(921800000), ch(922000000)),
            List.of(921800000L, 922000000L)),
        Arguments.of(
            "RU864 extras (ChirpStack ru864.rs get_cf_list)",
            RegionId.RU864,
            List.of(ch(864100000), ch(864300000), ch(864500000), ch(864700000), ch(864900000)),
            List.of(864100000L, 864300000L, 864500000L, 864700000L, 864900000L)),
        Arguments.of("fixed plans use masks", RegionId.US915, five, List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("frequencies")
  void lists_cflist_type_0_frequencies(
      String description, RegionId id, List<Channel> extra, List<Long> expected) {
    assertEquals(expected, Regions.get(id).cfListFrequencies(extra));
  }

  @Test
  void rejects_a_frequency_a_cflist_cannot_carry() {
    Region eu = Regions.get(RegionId.EU868);
    assertThrows(LorawanFormatException.class, () -> eu.cfListFrequencies(List.of(ch(867100050))));
    assertThrows(
        LorawanFormatException.class, () -> eu.cfListFrequencies(List.of(ch(1_700_000_000L))));
  }

  static Stream<Arguments> masks() {
    BitSet subBand2 = new BitSet();
    subBand2.set(8, 16);
    BitSet subBand2With65 = (BitSet) subBand2.clone();
    subBand2With65.set(65);
    BitSet all = new BitSet();
    all.set(0, 72);
    BitSet cnAll = new BitSet();
    cnAll.set(0, 96);
    return Stream.of(
        Arguments.of(
            "US915 channels 8-15", RegionId.US915, subBand2, new int[] {0xff00, 0, 0, 0, 0}),
        Arguments.of(
            "AU915 channels 8-15", RegionId.AU915, subBand2, new int[] {0xff00, 0, 0, 0, 0}),
        Arguments.of(
            "US915 sub-band 2 with its 500 kHz channel",
            RegionId.US915,
            subBand2With65,
            new int[] {0xff00, 0, 0, 0, 0x0002}),
        Arguments.of(
            "US915 all channels",
            RegionId.US915,
            all,
            new int[] {0xffff, 0xffff, 0xffff, 0xffff, 0x00ff}),
        Arguments.of(
            "CN470 all 96 channels",
            RegionId.CN470,
            cnAll,
            new int[] {0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff}),
        Arguments.of("dynamic plans have no masks", RegionId.EU868, subBand2, new int[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("masks")
  void gives_cflist_type_1_channel_masks(
      String description, RegionId id, BitSet enabled, int[] expected) {
    assertArrayEquals(expected, Regions.get(id).cfListChannelMasks(enabled));
  }

  @Test
  void rejects_masks_for_channels_the_plan_does_not_have() {
    BitSet bad = new BitSet();
    bad.set(72);
    assertThrows(
        LorawanFormatException.class, () -> Regions.get(RegionId.US915).cfListChannelMasks(bad));
  }

  @Test
  void a_dynamic_plan_gives_a_cflist_of_channels_as_sent_on_air() {
    List<Channel> five =
        List.of(ch(867100000), ch(867300000), ch(867500000), ch(867700000), ch(867900000));
    CfList cf = Regions.get(RegionId.EU868).cfList(five, new BitSet()).orElseThrow();
    assertEquals("184f84e85684b85e84886684586e8400", Hex.encode(cf.encode()));
  }

  @Test
  void a_fixed_plan_gives_a_cflist_of_channel_masks_as_sent_on_air() {
    BitSet subBand2 = new BitSet();
    subBand2.set(8, 16);
    CfList cf = Regions.get(RegionId.US915).cfList(List.of(), subBand2).orElseThrow();
    assertEquals("00ff" + "00".repeat(13) + "01", Hex.encode(cf.encode()));
  }

  @Test
  void nothing_to_send_gives_no_cflist() {
    assertTrue(Regions.get(RegionId.EU868).cfList(List.of(), new BitSet()).isEmpty());
  }
}
