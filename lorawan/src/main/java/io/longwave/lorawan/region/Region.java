package io.longwave.lorawan.region;

import io.longwave.lorawan.CfList;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.LorawanFormatException;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The regional parameters of one band (RP002-1.0.3 §2.x), as the network server needs them.
 * Implementations are immutable and thread-safe; obtain them from {@link Regions#get(RegionId)}.
 * Every method that takes an index, frequency or mask from outside throws {@link
 * LorawanFormatException} with a readable reason when the value does not exist in the band.
 */
public interface Region {

  /** The band. */
  RegionId id();

  /**
   * True for the fixed channel plans (US915, AU915, CN470): 64 or 96 numbered uplink channels,
   * channel masks in CFListType 1, no NewChannelReq. False for the dynamic plans.
   */
  boolean fixedChannelPlan();

  // ---- data rates (§2.x.3) ----

  /** The defined data rates, by ascending index (RFU indices are left out). */
  List<DataRate> dataRates();

  /** The data rate with this index. */
  DataRate dataRate(int dr);

  /** The uplink DR index of a received modulation, for mapping a gateway's rx-info to a DR. */
  int uplinkDataRateIndex(Modulation modulation);

  /** The downlink DR index of a modulation. */
  int downlinkDataRateIndex(Modulation modulation);

  /**
   * Maximum MACPayload (M) and application payload (N) for a DR (RP002-1.0.3 §2.x.6).
   *
   * @param dwellTime the dwell-time limit of the DR's direction; only AS923 and AU915 look at it
   * @param repeaterCompatible the table for networks with repeaters (M at most 230)
   * @throws LorawanFormatException when the DR is undefined or not allowed under the dwell time
   */
  MaxPayloadSize maxPayloadSize(int dr, DwellTime dwellTime, boolean repeaterCompatible);

  /** True when TxParamSetupReq and the dwell-time tables apply (AS923, AU915). */
  boolean dwellTimeApplies();

  // ---- channels (§2.x.2) ----

  /**
   * The default uplink channels: the mandatory join channels of a dynamic plan, or every channel of
   * a fixed plan, in channel-index order.
   */
  List<Channel> defaultUplinkChannels();

  /**
   * The default index of the uplink channel on this frequency.
   *
   * @throws LorawanFormatException when no default channel uses the frequency
   */
  int uplinkChannelIndex(long frequencyHz);

  // ---- receive windows (§2.x.7, §2.x.8) ----

  /** The RX1 downlink frequency for an uplink on {@code uplinkFrequencyHz}. */
  long rx1FrequencyHz(long uplinkFrequencyHz);

  /**
   * The RX1 data rate for an uplink DR and RX1DROffset (the band's RX1 table).
   *
   * @param downlinkDwellTime the downlink dwell-time limit; only AS923 looks at it
   */
  int rx1DataRate(int uplinkDr, int rx1DrOffset, DwellTime downlinkDwellTime);

  /** The largest RX1DROffset the band defines. */
  int maxRx1DrOffset();

  /** The default RX2 frequency. */
  long rx2FrequencyHz();

  /** The default RX2 data rate. */
  int rx2DataRate();

  /** RECEIVE_DELAY1: 1 s (RP002-1.0.3 §2.x.8). */
  default Duration receiveDelay1() {
    return Duration.ofSeconds(1);
  }

  /** RECEIVE_DELAY2: RECEIVE_DELAY1 + 1 s. */
  default Duration receiveDelay2() {
    return Duration.ofSeconds(2);
  }

  /** JOIN_ACCEPT_DELAY1: 5 s. */
  default Duration joinAcceptDelay1() {
    return Duration.ofSeconds(5);
  }

  /** JOIN_ACCEPT_DELAY2: 6 s. */
  default Duration joinAcceptDelay2() {
    return Duration.ofSeconds(6);
  }

  /** MAX_FCNT_GAP: 16384 (LoRaWAN 1.0.x; removed in 1.0.4 but still used for 1.0.x devices). */
  default int maxFCntGap() {
    return 16384;
  }

  /** ADR_ACK_LIMIT: 64. */
  default int adrAckLimit() {
    return 64;
  }

  /** ADR_ACK_DELAY: 32. */
  default int adrAckDelay() {
    return 32;
  }

  // ---- TX power (§2.x.3) ----

  /** The default maximum EIRP in dBm (US915: maximum conducted power). */
  double defaultMaxEirpDbm();

  /** The largest TXPower index the band defines. */
  int maxTxPowerIndex();

  /** The TXPower offset in dB from the maximum EIRP: {@code -2 * txPower}. */
  int txPowerOffsetDb(int txPower);

  /** The transmit power in dBm for a TXPower index with the default maximum EIRP. */
  default double txPowerDbm(int txPower) {
    return defaultMaxEirpDbm() + txPowerOffsetDb(txPower);
  }

  // ---- CFList (§2.x.4) ----

  /**
   * CFListType 0 content for a dynamic plan: the frequencies of up to 5 extra channels (those with
   * the default channels' DR range, in order), to send in a join-accept. Empty for fixed plans and
   * when no extra channel fits.
   *
   * @throws LorawanFormatException when a frequency cannot be carried (24 bits of 100 Hz)
   */
  List<Long> cfListFrequencies(List<Channel> extraUplinkChannels);

  /**
   * CFListType 1 content for a fixed plan: ChMask0, ChMask1, … (16 bits each) for the enabled
   * uplink channels. An empty array for dynamic plans.
   */
  int[] cfListChannelMasks(BitSet enabledUplinkChannels);

  /**
   * The CFList of a join-accept: the extra channels (CFListType 0) for a dynamic plan, the
   * channel masks (CFListType 1) for a fixed one; empty when there is nothing to send. ChirpStack
   * sends CFListType 1 only to LoRaWAN 1.0.3 and later devices; that choice is the caller's.
   *
   * @param extraUplinkChannels channels beyond the default ones (dynamic plans)
   * @param enabledUplinkChannels the channels the network uses (fixed plans)
   */
  default Optional<CfList> cfList(
      List<Channel> extraUplinkChannels, BitSet enabledUplinkChannels) {
    if (fixedChannelPlan()) {
      int[] masks = cfListChannelMasks(enabledUplinkChannels);
      return masks.length == 0 ? Optional.empty() : Optional.of(new CfList.ChannelMasks(masks));
    }
    List<Long> hz = cfListFrequencies(extraUplinkChannels);
    if (hz.isEmpty()) {
      return Optional.empty();
    }
    int[] f = new int[hz.size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = Math.toIntExact(hz.get(i));
    }
    return Optional.of(new CfList.Channels(f));
  }

  // ---- LinkADRReq channel masks (§2.x.5) ----

  /**
   * The shortest list of LinkADRReq channel-mask blocks that turns a device's enabled channels into
   * {@code wanted}; empty when they are equal.
   */
  List<ChannelMaskBlock> linkAdrChannelMask(BitSet deviceEnabled, BitSet wanted);

  /**
   * Applies blocks the way a device does and returns its new enabled channels.
   *
   * @param defined the channels the device has (for fixed plans, every channel)
   * @throws LorawanFormatException when a block uses an RFU ChMaskCntl, enables an undefined
   *     channel or leaves no channel enabled (the device would reject the command)
   */
  BitSet applyLinkAdrChannelMask(
      BitSet defined, BitSet deviceEnabled, List<ChannelMaskBlock> blocks);

  // ---- Class B (§2.x.9; LoRaWAN 1.0.4 §13) ----

  /** The beacon frequency for the beacon at {@code beaconTimeSeconds} (GPS seconds). */
  long beaconFrequencyHz(long beaconTimeSeconds);

  /** The beacon data rate. */
  int beaconDataRate();

  /** The default ping-slot frequency for a device in the beacon period of {@code beaconTime}. */
  long pingSlotFrequencyHz(DevAddr devAddr, long beaconTimeSeconds);

  /** The default ping-slot data rate. */
  int pingSlotDataRate();
}
