package io.longwave.lorawan.region;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.LorawanFormatException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Table-driven behaviour shared by all bands, with the dynamic-channel-plan rules (RP002-1.0.3 §2.2
 * as the model): RX1 on the uplink frequency, CFListType 0, ChMaskCntl 0 and 6.
 */
abstract class BaseRegion implements Region {

  private static final long MAX_CFLIST_FREQUENCY_HZ = 0xffffffL * 100;

  private final RegionId id;
  private final DataRate[] dataRates;
  private final List<DataRate> dataRateList;
  private final int[][] maxM;
  private final int[][] maxMDwell;
  private final int[][] rx1Table;
  private final int maxRx1DrOffset;
  private final long rx2FrequencyHz;
  private final int rx2Dr;
  private final double maxEirpDbm;
  private final int maxTxPower;
  private final List<Channel> uplinkChannels;
  private final long beaconFrequencyHz;
  private final int beaconDr;
  private final long pingSlotFrequencyHz;
  private final int pingSlotDr;

  BaseRegion(BandSpec spec) {
    this.id = spec.id;
    this.dataRates = spec.dataRates.clone();
    List<DataRate> list = new ArrayList<>();
    for (DataRate dr : dataRates) {
      if (dr != null) {
        list.add(dr);
      }
    }
    this.dataRateList = List.copyOf(list);
    this.maxM = spec.maxM;
    this.maxMDwell = spec.maxMDwell;
    this.rx1Table = spec.rx1Table.clone();
    int maxOffset = 0;
    for (int[] row : rx1Table) {
      if (row != null) {
        maxOffset = Math.max(maxOffset, row.length - 1);
      }
    }
    this.maxRx1DrOffset = maxOffset;
    this.rx2FrequencyHz = spec.rx2FrequencyHz;
    this.rx2Dr = spec.rx2Dr;
    this.maxEirpDbm = spec.maxEirpDbm;
    this.maxTxPower = spec.maxTxPower;
    this.uplinkChannels = List.copyOf(spec.uplinkChannels);
    this.beaconFrequencyHz = spec.beaconFrequencyHz;
    this.beaconDr = spec.beaconDr;
    this.pingSlotFrequencyHz = spec.pingSlotFrequencyHz;
    this.pingSlotDr = spec.pingSlotDr;
  }

  @Override
  public RegionId id() {
    return id;
  }

  @Override
  public boolean fixedChannelPlan() {
    return false;
  }

  @Override
  public List<DataRate> dataRates() {
    return dataRateList;
  }

  @Override
  public DataRate dataRate(int dr) {
    if (dr < 0 || dr > 15 || dataRates[dr] == null) {
      throw new LorawanFormatException(id + " does not define DR" + dr);
    }
    return dataRates[dr];
  }

  @Override
  public int uplinkDataRateIndex(Modulation modulation) {
    for (DataRate dr : dataRates) {
      if (dr != null && dr.uplink() && dr.modulation().equals(modulation)) {
        return dr.index();
      }
    }
    throw new LorawanFormatException(id + " has no uplink data rate for " + modulation);
  }

  @Override
  public int downlinkDataRateIndex(Modulation modulation) {
    for (DataRate dr : dataRates) {
      if (dr != null && dr.downlink() && dr.modulation().equals(modulation)) {
        return dr.index();
      }
    }
    throw new LorawanFormatException(id + " has no downlink data rate for " + modulation);
  }

  @Override
  public MaxPayloadSize maxPayloadSize(int dr, DwellTime dwellTime, boolean repeaterCompatible) {
    dataRate(dr);
    boolean dwell = dwellTime == DwellTime.LIMIT_400_MS && maxMDwell != null;
    int m = (dwell ? maxMDwell : maxM)[repeaterCompatible ? 1 : 0][dr];
    if (m == BandSpec.NONE) {
      throw new LorawanFormatException(
          id + " allows no payload at DR" + dr + (dwell ? " with the 400 ms dwell time" : ""));
    }
    return MaxPayloadSize.ofM(m);
  }

  @Override
  public boolean dwellTimeApplies() {
    return maxMDwell != null;
  }

  @Override
  public List<Channel> defaultUplinkChannels() {
    return uplinkChannels;
  }

  @Override
  public int uplinkChannelIndex(long frequencyHz) {
    for (int i = 0; i < uplinkChannels.size(); i++) {
      if (uplinkChannels.get(i).frequencyHz() == frequencyHz) {
        return i;
      }
    }
    throw new LorawanFormatException(
        id + " has no default uplink channel on " + frequencyHz + " Hz");
  }

  @Override
  public long rx1FrequencyHz(long uplinkFrequencyHz) {
    return uplinkFrequencyHz;
  }

  @Override
  public int rx1DataRate(int uplinkDr, int rx1DrOffset, DwellTime downlinkDwellTime) {
    int[] row = uplinkDr >= 0 && uplinkDr < 16 ? rx1Table[uplinkDr] : null;
    if (row == null) {
      throw new LorawanFormatException(id + " defines no RX1 data rate for uplink DR" + uplinkDr);
    }
    if (rx1DrOffset < 0 || rx1DrOffset >= row.length) {
      throw new LorawanFormatException(
          id + " RX1DROffset is 0 to " + (row.length - 1) + ", got " + rx1DrOffset);
    }
    return row[rx1DrOffset];
  }

  @Override
  public int maxRx1DrOffset() {
    return maxRx1DrOffset;
  }

  @Override
  public long rx2FrequencyHz() {
    return rx2FrequencyHz;
  }

  @Override
  public int rx2DataRate() {
    return rx2Dr;
  }

  @Override
  public double defaultMaxEirpDbm() {
    return maxEirpDbm;
  }

  @Override
  public int maxTxPowerIndex() {
    return maxTxPower;
  }

  @Override
  public int txPowerOffsetDb(int txPower) {
    if (txPower < 0 || txPower > maxTxPower) {
      throw new LorawanFormatException(id + " TXPower is 0 to " + maxTxPower + ", got " + txPower);
    }
    return -2 * txPower;
  }

  @Override
  public List<Long> cfListFrequencies(List<Channel> extraUplinkChannels) {
    Channel first = uplinkChannels.get(0);
    List<Long> out = new ArrayList<>(5);
    for (Channel c : required(extraUplinkChannels, "the list of extra channels")) {
      if (out.size() == 5) {
        break;
      }
      if (c.minDr() != first.minDr() || c.maxDr() != first.maxDr()) {
        continue;
      }
      long f = c.frequencyHz();
      if (f % 100 != 0 || f > MAX_CFLIST_FREQUENCY_HZ) {
        throw new LorawanFormatException(
            "a CFList frequency is a multiple of 100 Hz below 1677.7216 MHz, got " + f + " Hz");
      }
      out.add(f);
    }
    return List.copyOf(out);
  }

  @Override
  public int[] cfListChannelMasks(BitSet enabledUplinkChannels) {
    return new int[0];
  }

  @Override
  public List<ChannelMaskBlock> linkAdrChannelMask(BitSet deviceEnabled, BitSet wanted) {
    return DynamicChannelMasks.plan(
        required(deviceEnabled, "the device's channels"), required(wanted, "the wanted channels"));
  }

  @Override
  public BitSet applyLinkAdrChannelMask(
      BitSet defined, BitSet deviceEnabled, List<ChannelMaskBlock> blocks) {
    return DynamicChannelMasks.apply(
        required(defined, "the defined channels"),
        required(deviceEnabled, "the device's channels"),
        required(blocks, "the channel-mask blocks"));
  }

  @Override
  public long beaconFrequencyHz(long beaconTimeSeconds) {
    return beaconFrequencyHz;
  }

  @Override
  public int beaconDataRate() {
    return beaconDr;
  }

  @Override
  public long pingSlotFrequencyHz(DevAddr devAddr, long beaconTimeSeconds) {
    required(devAddr, "the DevAddr");
    return pingSlotFrequencyHz;
  }

  @Override
  public int pingSlotDataRate() {
    return pingSlotDr;
  }

  /** Returns {@code value}, or reports the missing argument as bad input. */
  static <T> T required(T value, String what) {
    if (value == null) {
      throw new LorawanFormatException(what + " is missing");
    }
    return value;
  }

  @Override
  public String toString() {
    return id.commonName();
  }
}
