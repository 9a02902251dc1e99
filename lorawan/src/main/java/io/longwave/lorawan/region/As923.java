package io.longwave.lorawan.region;

/**
 * AS923 (RP002-1.0.3 §2.8) in its four variants: AS923-1 and AS923-2/-3/-4, whose frequencies are
 * those of AS923-1 lowered by 1.8, 6.6 and 5.9 MHz. DR0-5 SF12-SF7/125 kHz, DR6 SF7/250 kHz, DR7
 * FSK 50 kbps; default channels 923.2 and 923.4 MHz (minus the offset); RX2 923.2 MHz DR2;
 * RX1DROffset 0-7 (6 and 7 raise the data rate), RX1 no lower than DR2 under the downlink dwell
 * time; max EIRP 16 dBm, TXPower 0-7; beacon and ping slots on 923.4 MHz DR3.
 */
public final class As923 extends BaseRegion {

  private final long frequencyOffsetHz;

  As923(RegionId id, long frequencyOffsetHz) {
    super(spec(id, frequencyOffsetHz));
    this.frequencyOffsetHz = frequencyOffsetHz;
  }

  /** How far this variant's frequencies are below AS923-1's, in Hz. */
  public long frequencyOffsetHz() {
    return frequencyOffsetHz;
  }

  private static BandSpec spec(RegionId id, long offset) {
    BandSpec s = new BandSpec(id).loraSf12ToSf7();
    s.lora(6, 7, 250000, true, true).dataRate(7, new FskModulation(50000), true, true);
    int n = BandSpec.NONE;
    s.maxM(
        new int[] {59, 59, 123, 123, 250, 250, 250, 250},
        new int[] {59, 59, 123, 123, 230, 230, 230, 230});
    s.maxMDwell(
        new int[] {n, n, 19, 61, 133, 250, 250, 250}, new int[] {n, n, 19, 61, 133, 230, 230, 230});
    for (int dr = 0; dr <= 7; dr++) {
      int[] row = new int[8];
      for (int o = 0; o <= 7; o++) {
        row[o] = rx1(dr, o, 0);
      }
      s.rx1Row(dr, row);
    }
    return s.rx2(923200000 - offset, 2)
        .txPower(16, 7)
        .uplinkChannel(923200000 - offset, 0, 5)
        .uplinkChannel(923400000 - offset, 0, 5)
        .classB(923400000 - offset, 3, 923400000 - offset, 3);
  }

  /** RP002-1.0.3 §2.8.7: offsets 0-5 lower the DR, 6 and 7 raise it by 1 and 2; DR5 at most. */
  private static int rx1(int uplinkDr, int offset, int minDr) {
    int effective = offset <= 5 ? offset : 5 - offset;
    return Math.min(5, Math.max(minDr, uplinkDr - effective));
  }

  @Override
  public int rx1DataRate(int uplinkDr, int rx1DrOffset, DwellTime downlinkDwellTime) {
    int noDwell = super.rx1DataRate(uplinkDr, rx1DrOffset, downlinkDwellTime);
    if (downlinkDwellTime != DwellTime.LIMIT_400_MS) {
      return noDwell;
    }
    return rx1(uplinkDr, rx1DrOffset, 2);
  }
}
