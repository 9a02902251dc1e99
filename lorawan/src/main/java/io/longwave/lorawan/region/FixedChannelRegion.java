package io.longwave.lorawan.region;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.LorawanFormatException;
import java.util.BitSet;
import java.util.List;

/**
 * The fixed channel plans (US915, AU915, CN470): numbered uplink channels on a regular grid, RX1 on
 * downlink channel {@code uplinkChannel mod downlinkChannels}, CFListType 1 and the Class B beacon
 * and ping-slot channel hopping of LoRaWAN 1.0.4 §13.
 */
abstract class FixedChannelRegion extends BaseRegion {

  /** LoRaWAN 1.0.4 §13: the beacon period in seconds, the unit of the channel hopping. */
  private static final long BEACON_PERIOD_SECONDS = 128;

  private final FixedChannelMasks masks;
  private final long narrowStartHz;
  private final long narrowStepHz;
  private final int narrowCount;
  private final long wideStartHz;
  private final long wideStepHz;
  private final long downlinkStartHz;
  private final long downlinkStepHz;
  private final int downlinkCount;
  private final long beaconStartHz;
  private final long beaconStepHz;

  FixedChannelRegion(BandSpec spec, FixedGrid grid) {
    super(addChannels(spec, grid));
    this.masks = new FixedChannelMasks(grid.narrowCount(), grid.wideCount());
    this.narrowStartHz = grid.narrowStartHz();
    this.narrowStepHz = grid.narrowStepHz();
    this.narrowCount = grid.narrowCount();
    this.wideStartHz = grid.wideStartHz();
    this.wideStepHz = grid.wideStepHz();
    this.downlinkStartHz = grid.downlinkStartHz();
    this.downlinkStepHz = grid.downlinkStepHz();
    this.downlinkCount = grid.downlinkCount();
    this.beaconStartHz = grid.beaconStartHz();
    this.beaconStepHz = grid.beaconStepHz();
  }

  private static BandSpec addChannels(BandSpec spec, FixedGrid grid) {
    for (int i = 0; i < grid.narrowCount(); i++) {
      spec.uplinkChannel(grid.narrowStartHz() + i * grid.narrowStepHz(), 0, grid.narrowMaxDr());
    }
    for (int i = 0; i < grid.wideCount(); i++) {
      spec.uplinkChannel(
          grid.wideStartHz() + i * grid.wideStepHz(), grid.wideMinDr(), grid.wideMaxDr());
    }
    return spec;
  }

  @Override
  public boolean fixedChannelPlan() {
    return true;
  }

  @Override
  public int uplinkChannelIndex(long frequencyHz) {
    long d = frequencyHz - narrowStartHz;
    if (d >= 0 && d % narrowStepHz == 0 && d / narrowStepHz < narrowCount) {
      return (int) (d / narrowStepHz);
    }
    int wideCount = masks.channelCount() - narrowCount;
    long w = frequencyHz - wideStartHz;
    if (wideCount > 0 && w >= 0 && w % wideStepHz == 0 && w / wideStepHz < wideCount) {
      return narrowCount + (int) (w / wideStepHz);
    }
    throw new LorawanFormatException(id() + " has no uplink channel on " + frequencyHz + " Hz");
  }

  /** The downlink channels: {@code downlinkCount} channels from the first by the step. */
  public List<Long> downlinkChannelFrequencies() {
    Long[] out = new Long[downlinkCount];
    for (int i = 0; i < downlinkCount; i++) {
      out[i] = downlinkStartHz + i * downlinkStepHz;
    }
    return List.of(out);
  }

  @Override
  public long rx1FrequencyHz(long uplinkFrequencyHz) {
    int channel = uplinkChannelIndex(uplinkFrequencyHz);
    return downlinkStartHz + (channel % downlinkCount) * downlinkStepHz;
  }

  @Override
  public List<Long> cfListFrequencies(List<Channel> extraUplinkChannels) {
    required(extraUplinkChannels, "the list of extra channels");
    return List.of();
  }

  @Override
  public int[] cfListChannelMasks(BitSet enabledUplinkChannels) {
    return masks.cfListMasks(required(enabledUplinkChannels, "the enabled channels"));
  }

  @Override
  public List<ChannelMaskBlock> linkAdrChannelMask(BitSet deviceEnabled, BitSet wanted) {
    return masks.plan(
        required(deviceEnabled, "the device's channels"), required(wanted, "the wanted channels"));
  }

  @Override
  public BitSet applyLinkAdrChannelMask(
      BitSet defined, BitSet deviceEnabled, List<ChannelMaskBlock> blocks) {
    return masks.apply(
        required(deviceEnabled, "the device's channels"),
        required(blocks, "the channel-mask blocks"));
  }

  /** LoRaWAN 1.0.4 §13.2 / RP002: beacon channel = floor(beaconTime / 128) mod 8. */
  @Override
  public long beaconFrequencyHz(long beaconTimeSeconds) {
    long channel = Math.floorMod(Math.floorDiv(beaconTimeSeconds, BEACON_PERIOD_SECONDS), 8L);
    return beaconStartHz + channel * beaconStepHz;
  }

  /** Ping-slot channel = (DevAddr + floor(beaconTime / 128)) mod 8, on the beacon channels. */
  @Override
  public long pingSlotFrequencyHz(DevAddr devAddr, long beaconTimeSeconds) {
    long period = Math.floorDiv(beaconTimeSeconds, BEACON_PERIOD_SECONDS);
    long addr = Integer.toUnsignedLong(required(devAddr, "the DevAddr").value());
    long channel = Math.floorMod(addr + period, 8L);
    return beaconStartHz + channel * beaconStepHz;
  }
}
