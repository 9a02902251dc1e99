package io.longwave.lorawan.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.LorawanFormatException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Default channels (RP002-1.0.3 §2.x.2) and TX power tables (§2.x.3). Fixed-plan rows are
 * ChirpStack lrwn us915.rs, au915.rs and cn470.rs test_uplink_channels.
 */
class ChannelPlanTest {

  static Stream<Arguments> defaultChannels() {
    return Stream.of(
        Arguments.of(RegionId.EU868, List.of(868100000L, 868300000L, 868500000L)),
        Arguments.of(RegionId.AS923, List.of(923200000L, 923400000L)),
        Arguments.of(RegionId.AS923_2, List.of(921400000L, 921600000L)),
        Arguments.of(RegionId.AS923_3, List.of(916600000L, 916800000L)),
        Arguments.of(RegionId.AS923_4, List.of(917300000L, 917500000L)),
        Arguments.of(RegionId.IN865, List.of(865062500L, 865402500L, 865985000L)),
        Arguments.of(RegionId.KR920, List.of(922100000L, 922300000L, 922500000L)),
        Arguments.of(RegionId.RU864, List.of(868900000L, 869100000L)),
        Arguments.of(RegionId.EU433, List.of(433175000L, 433375000L, 433575000L)),
        Arguments.of(RegionId.CN779, List.of(779500000L, 779700000L, 779900000L)));
  }

  @ParameterizedTest(name = "{0} default channels {1}")
  @MethodSource("defaultChannels")
  void lists_the_mandatory_channels_of_dynamic_plans(RegionId id, List<Long> frequencies) {
    Region r = Regions.get(id);
    assertFalse(r.fixedChannelPlan());
    List<Channel> channels = r.defaultUplinkChannels();
    assertEquals(frequencies, channels.stream().map(Channel::frequencyHz).toList());
    for (int i = 0; i < channels.size(); i++) {
      assertEquals(0, channels.get(i).minDr());
      assertEquals(5, channels.get(i).maxDr());
      assertEquals(i, r.uplinkChannelIndex(frequencies.get(i)));
    }
  }

  static Stream<Arguments> fixedChannels() {
    return Stream.of(
        Arguments.of(RegionId.US915, 0, 902300000L, 0, 3),
        Arguments.of(RegionId.US915, 8, 903900000L, 0, 3),
        Arguments.of(RegionId.US915, 63, 914900000L, 0, 3),
        Arguments.of(RegionId.US915, 64, 903000000L, 4, 6),
        Arguments.of(RegionId.US915, 71, 914200000L, 4, 6),
        Arguments.of(RegionId.AU915, 0, 915200000L, 0, 5),
        Arguments.of(RegionId.AU915, 63, 927800000L, 0, 5),
        Arguments.of(RegionId.AU915, 64, 915900000L, 6, 7),
        Arguments.of(RegionId.AU915, 71, 927100000L, 6, 7),
        Arguments.of(RegionId.CN470, 0, 470300000L, 0, 5),
        Arguments.of(RegionId.CN470, 95, 489300000L, 0, 5));
  }

  @ParameterizedTest(name = "{0} channel {1} is {2} Hz DR{3}-DR{4}")
  @MethodSource("fixedChannels")
  void numbers_the_channels_of_fixed_plans(
      RegionId id, int index, long frequency, int minDr, int maxDr) {
    Region r = Regions.get(id);
    assertTrue(r.fixedChannelPlan());
    assertEquals(new Channel(frequency, minDr, maxDr), r.defaultUplinkChannels().get(index));
    assertEquals(index, r.uplinkChannelIndex(frequency));
  }

  @Test
  void has_72_96_channels_in_the_fixed_plans_and_their_downlink_channels() {
    assertEquals(72, Regions.get(RegionId.US915).defaultUplinkChannels().size());
    assertEquals(72, Regions.get(RegionId.AU915).defaultUplinkChannels().size());
    assertEquals(96, Regions.get(RegionId.CN470).defaultUplinkChannels().size());
    Us915 us = (Us915) Regions.get(RegionId.US915);
    assertEquals(
        List.of(
            923300000L,
            923900000L,
            924500000L,
            925100000L,
            925700000L,
            926300000L,
            926900000L,
            927500000L),
        us.downlinkChannelFrequencies());
    Cn470 cn = (Cn470) Regions.get(RegionId.CN470);
    assertEquals(48, cn.downlinkChannelFrequencies().size());
    assertEquals(509700000L, cn.downlinkChannelFrequencies().get(47));
  }

  @Test
  void rejects_a_frequency_that_is_no_default_channel() {
    assertThrows(
        LorawanFormatException.class,
        () -> Regions.get(RegionId.EU868).uplinkChannelIndex(867100000L));
    assertThrows(
        LorawanFormatException.class,
        () -> Regions.get(RegionId.CN470).uplinkChannelIndex(489500000L));
    assertThrows(LorawanFormatException.class, () -> new Channel(868100000L, 5, 0));
  }

  static Stream<Arguments> txPower() {
    return Stream.of(
        // region, max EIRP, max TXPower index, TXPower, dBm
        Arguments.of(RegionId.EU868, 16.0, 7, 0, 16.0),
        Arguments.of(RegionId.EU868, 16.0, 7, 7, 2.0),
        Arguments.of(RegionId.US915, 30.0, 14, 0, 30.0),
        Arguments.of(RegionId.US915, 30.0, 14, 10, 10.0),
        Arguments.of(RegionId.US915, 30.0, 14, 14, 2.0),
        Arguments.of(RegionId.AU915, 30.0, 14, 14, 2.0),
        Arguments.of(RegionId.AS923, 16.0, 7, 3, 10.0),
        Arguments.of(RegionId.CN470, 19.15, 7, 1, 17.15),
        Arguments.of(RegionId.IN865, 30.0, 10, 10, 10.0),
        Arguments.of(RegionId.KR920, 14.0, 7, 7, 0.0),
        Arguments.of(RegionId.RU864, 16.0, 7, 2, 12.0),
        Arguments.of(RegionId.EU433, 12.15, 5, 5, 2.15),
        Arguments.of(RegionId.CN779, 12.15, 5, 0, 12.15));
  }

  @ParameterizedTest(name = "{0} TXPower {3} = {4} dBm")
  @MethodSource("txPower")
  void gives_tx_power_as_offsets_from_the_max_eirp(
      RegionId id, double maxEirp, int maxIndex, int txPower, double dbm) {
    Region r = Regions.get(id);
    assertEquals(maxEirp, r.defaultMaxEirpDbm(), 1e-9);
    assertEquals(maxIndex, r.maxTxPowerIndex());
    assertEquals(-2 * txPower, r.txPowerOffsetDb(txPower));
    assertEquals(dbm, r.txPowerDbm(txPower), 1e-9);
    assertThrows(LorawanFormatException.class, () -> r.txPowerOffsetDb(maxIndex + 1));
    assertThrows(LorawanFormatException.class, () -> r.txPowerOffsetDb(-1));
  }
}
