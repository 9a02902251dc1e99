package io.longwave.network;

import io.longwave.lorawan.region.Channel;
import io.longwave.lorawan.region.Region;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * What the network configures for a region and tells devices when they join (ChirpStack's
 * {@code [[regions]] network} section): the receive-window settings put in the join-accept's
 * DLSettings and RxDelay (LoRaWAN 1.0.4 §6.2.6), the extra uplink channels of a dynamic channel
 * plan (sent in CFListType 0) and the uplink channels used in a fixed plan (CFListType 1).
 * Immutable.
 *
 * @param rx1Delay the RX1 delay in seconds, 0 to 15 (0 means 1 s)
 * @param rx1DrOffset the RX1 data-rate offset
 * @param rx2Dr the RX2 data rate, or -1 for the region's default
 * @param rx2FrequencyHz the RX2 frequency, or -1 for the region's default
 * @param extraUplinkChannels channels beyond the region's default ones (dynamic plans), in order
 * @param enabledUplinkChannels the uplink channels used (fixed plans), or null for every default
 *     channel of the region
 */
public record NetworkRegionSettings(
    int rx1Delay,
    int rx1DrOffset,
    int rx2Dr,
    long rx2FrequencyHz,
    List<Channel> extraUplinkChannels,
    BitSet enabledUplinkChannels) {

  public NetworkRegionSettings {
    if (rx1Delay < 0 || rx1Delay > 15) {
      throw new IllegalArgumentException("the RX1 delay is 0 to 15 s, got " + rx1Delay);
    }
    if (rx1DrOffset < 0 || rx1DrOffset > 7) {
      throw new IllegalArgumentException("the RX1 DR offset is 0 to 7, got " + rx1DrOffset);
    }
    if (rx2Dr < -1 || rx2Dr > 15) {
      throw new IllegalArgumentException("the RX2 DR is -1 (default) or 0 to 15, got " + rx2Dr);
    }
    extraUplinkChannels = List.copyOf(Objects.requireNonNull(extraUplinkChannels, "channels"));
    enabledUplinkChannels =
        enabledUplinkChannels == null ? null : (BitSet) enabledUplinkChannels.clone();
  }

  /** ChirpStack's defaults: RX1 delay 1 s, offset 0, the region's RX2, no extra channels. */
  public static NetworkRegionSettings defaults() {
    return new NetworkRegionSettings(1, 0, -1, -1, List.of(), null);
  }

  /** These settings with extra uplink channels (dynamic channel plans). */
  public NetworkRegionSettings withExtraUplinkChannels(List<Channel> channels) {
    return new NetworkRegionSettings(
        rx1Delay, rx1DrOffset, rx2Dr, rx2FrequencyHz, channels, enabledUplinkChannels);
  }

  /** These settings with the uplink channels a fixed plan uses. */
  public NetworkRegionSettings withEnabledUplinkChannels(BitSet channels) {
    return new NetworkRegionSettings(
        rx1Delay, rx1DrOffset, rx2Dr, rx2FrequencyHz, extraUplinkChannels, channels);
  }

  @Override
  public BitSet enabledUplinkChannels() {
    return enabledUplinkChannels == null ? null : (BitSet) enabledUplinkChannels.clone();
  }

  /** The RX2 data rate in {@code region}. */
  public int rx2Dr(Region region) {
    return rx2Dr >= 0 ? rx2Dr : region.rx2DataRate();
  }

  /** The RX2 frequency in {@code region}. */
  public long rx2FrequencyHz(Region region) {
    return rx2FrequencyHz > 0 ? rx2FrequencyHz : region.rx2FrequencyHz();
  }

  /**
   * The uplink channels a device uses after joining, as indices: for a dynamic plan the default
   * channels then the extra ones; for a fixed plan the configured ones (every channel by default).
   */
  public BitSet uplinkChannelsAfterJoin(Region region) {
    int defaults = region.defaultUplinkChannels().size();
    if (region.fixedChannelPlan()) {
      if (enabledUplinkChannels != null) {
        return (BitSet) enabledUplinkChannels.clone();
      }
      BitSet all = new BitSet();
      all.set(0, defaults);
      return all;
    }
    BitSet b = new BitSet();
    b.set(0, defaults + extraUplinkChannels.size());
    return b;
  }
}
