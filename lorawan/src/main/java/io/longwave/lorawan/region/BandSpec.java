package io.longwave.lorawan.region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The tables of one band, filled in by the band class and read once by {@link BaseRegion}. */
final class BandSpec {

  static final int NONE = -1;

  RegionId id;
  final DataRate[] dataRates = new DataRate[16];

  /** M per DR, indexed [repeaterCompatible ? 1 : 0][dr]; NONE where undefined. */
  int[][] maxM = {filled(), filled()};

  /** M per DR under a 400 ms dwell time, or null when the band has no dwell-time tables. */
  int[][] maxMDwell;

  /** RX1 DR per uplink DR and RX1DROffset, or null where the uplink DR is undefined. */
  final int[][] rx1Table = new int[16][];

  long rx2FrequencyHz;
  int rx2Dr;
  double maxEirpDbm;
  int maxTxPower;
  final List<Channel> uplinkChannels = new ArrayList<>();
  long beaconFrequencyHz;
  int beaconDr;
  long pingSlotFrequencyHz;
  int pingSlotDr;

  BandSpec(RegionId id) {
    this.id = id;
  }

  BandSpec lora(int dr, int sf, int bandwidthHz, boolean uplink, boolean downlink) {
    dataRates[dr] = DataRate.lora(dr, sf, bandwidthHz, uplink, downlink);
    return this;
  }

  BandSpec dataRate(int dr, Modulation modulation, boolean uplink, boolean downlink) {
    dataRates[dr] = new DataRate(dr, modulation, uplink, downlink);
    return this;
  }

  /** The usual LoRa DR0 (SF12) to DR5 (SF7) at 125 kHz, both directions. */
  BandSpec loraSf12ToSf7() {
    for (int dr = 0; dr <= 5; dr++) {
      lora(dr, 12 - dr, 125000, true, true);
    }
    return this;
  }

  BandSpec maxM(int[] noRepeater, int[] repeater) {
    maxM = new int[][] {padded(noRepeater), padded(repeater)};
    return this;
  }

  BandSpec maxMDwell(int[] noRepeater, int[] repeater) {
    maxMDwell = new int[][] {padded(noRepeater), padded(repeater)};
    return this;
  }

  /** RX1 DR = max(0, uplink DR - offset) for the given uplink DRs and offsets 0..maxOffset. */
  BandSpec rx1Subtract(int fromDr, int toDr, int maxOffset) {
    for (int dr = fromDr; dr <= toDr; dr++) {
      int[] row = new int[maxOffset + 1];
      for (int o = 0; o <= maxOffset; o++) {
        row[o] = Math.max(0, dr - o);
      }
      rx1Table[dr] = row;
    }
    return this;
  }

  BandSpec rx1Row(int uplinkDr, int... row) {
    rx1Table[uplinkDr] = row;
    return this;
  }

  BandSpec rx2(long frequencyHz, int dr) {
    rx2FrequencyHz = frequencyHz;
    rx2Dr = dr;
    return this;
  }

  BandSpec txPower(double maxEirpDbm, int maxTxPower) {
    this.maxEirpDbm = maxEirpDbm;
    this.maxTxPower = maxTxPower;
    return this;
  }

  BandSpec uplinkChannel(long frequencyHz, int minDr, int maxDr) {
    uplinkChannels.add(new Channel(frequencyHz, minDr, maxDr));
    return this;
  }

  BandSpec classB(long beaconHz, int beaconDr, long pingSlotHz, int pingSlotDr) {
    this.beaconFrequencyHz = beaconHz;
    this.beaconDr = beaconDr;
    this.pingSlotFrequencyHz = pingSlotHz;
    this.pingSlotDr = pingSlotDr;
    return this;
  }

  private static int[] filled() {
    int[] a = new int[16];
    Arrays.fill(a, NONE);
    return a;
  }

  private static int[] padded(int[] values) {
    int[] a = filled();
    System.arraycopy(values, 0, a, 0, values.length);
    return a;
  }
}
