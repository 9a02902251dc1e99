package io.longwave.lorawan.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Round trips of channel-mask planning over arbitrary channel sets. */
class ChannelMaskPropertiesTest {

  private static BitSet bits(long low, long high, int total) {
    BitSet b = BitSet.valueOf(new long[] {low, high});
    b.clear(total, 128);
    return b;
  }

  private static void roundTrip(RegionId id, BitSet device, BitSet wanted) {
    if (wanted.isEmpty()) {
      return;
    }
    Region r = Regions.get(id);
    List<ChannelMaskBlock> blocks = r.linkAdrChannelMask(device, wanted);
    BitSet defined = new BitSet();
    defined.set(0, r.fixedChannelPlan() ? r.defaultUplinkChannels().size() : 16);
    if (blocks.isEmpty()) {
      assertEquals(device, wanted);
      return;
    }
    assertEquals(wanted, r.applyLinkAdrChannelMask(defined, device, blocks));
    int plainBlocks = (r.defaultUplinkChannels().size() + 15) / 16;
    assertTrue(blocks.size() <= plainBlocks, blocks.toString());
  }

  @Property(tries = 2000)
  void us915_devices_end_with_the_planned_channels(
      @ForAll long deviceLow,
      @ForAll long deviceHigh,
      @ForAll long wantLow,
      @ForAll @LongRange(min = 0, max = 255) long wantHigh) {
    roundTrip(RegionId.US915, bits(deviceLow, deviceHigh, 72), bits(wantLow, wantHigh, 72));
  }

  @Property(tries = 1000)
  void au915_sparse_sets_end_with_the_planned_channels(
      @ForAll long deviceLow,
      @ForAll long wantLow,
      @ForAll @LongRange(min = 0, max = 255) long wantHigh) {
    roundTrip(RegionId.AU915, bits(deviceLow, 0xff, 72), bits(wantLow & 0xf0f0, wantHigh, 72));
  }

  @Property(tries = 1000)
  void cn470_devices_end_with_the_planned_channels(
      @ForAll long deviceLow,
      @ForAll long deviceHigh,
      @ForAll long wantLow,
      @ForAll long wantHigh) {
    roundTrip(RegionId.CN470, bits(deviceLow, deviceHigh, 96), bits(wantLow, wantHigh, 96));
  }

  @Property(tries = 1000)
  void eu868_devices_end_with_the_planned_channels(
      @ForAll @LongRange(min = 0, max = 0xffff) long device,
      @ForAll @LongRange(min = 1, max = 0xffff) long wanted) {
    roundTrip(RegionId.EU868, bits(device, 0, 16), bits(wanted, 0, 16));
  }
}
