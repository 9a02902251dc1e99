package io.longwave.mac;

import io.longwave.lorawan.region.Region;
import io.longwave.lorawan.region.RegionId;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;

/**
 * The uplink channels the network listens on, by region (ChirpStack's region setting {@code
 * enabled_uplink_channels}, for example US915 sub-band 2: channels 8 to 15 and 65). For fixed
 * channel plans (RP002-1.0.3 §2.3, §2.6, §2.9) ADR's LinkADRReq turns a device's channels into
 * these. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface UplinkChannelPlan {

  /** The enabled channel indices of the region's plan; the caller may change the copy. */
  BitSet enabledUplinkChannels(Region region);

  /** Every default channel of each region. */
  static UplinkChannelPlan regionDefaults() {
    return region -> {
      BitSet all = new BitSet();
      all.set(0, region.defaultUplinkChannels().size());
      return all;
    };
  }

  /** These channels for the regions named, every default channel for the others. */
  static UplinkChannelPlan of(Map<RegionId, BitSet> channels) {
    Map<RegionId, BitSet> copy = new EnumMap<>(RegionId.class);
    channels.forEach((id, set) -> copy.put(id, (BitSet) set.clone()));
    UplinkChannelPlan defaults = regionDefaults();
    return region -> {
      BitSet set = copy.get(region.id());
      return set == null ? defaults.enabledUplinkChannels(region) : (BitSet) set.clone();
    };
  }

  /** The channels of a fixed plan's 8-channel sub-band (1 to 8) plus its 500 kHz channel. */
  static BitSet subBand(Region region, int subBand) {
    int narrow = region.defaultUplinkChannels().size() / 9 * 8;
    if (!region.fixedChannelPlan() || narrow != 64 || subBand < 1 || subBand > 8) {
      throw new IllegalArgumentException(
          "sub-bands 1 to 8 exist in US915 and AU915, got sub-band " + subBand + " of "
              + region.id());
    }
    BitSet set = new BitSet();
    set.set((subBand - 1) * 8, subBand * 8);
    set.set(64 + subBand - 1);
    return set;
  }
}
