package io.longwave.lorawan.region;

/**
 * CN779-787 (RP002-1.0.3 §2.4): DR0-5 SF12-SF7/125 kHz, DR6 SF7/250 kHz, DR7 FSK 50 kbps; default
 * channels 779.5, 779.7 and 779.9 MHz; RX2 786 MHz DR0; max EIRP 12.15 dBm, TXPower 0-5; beacon and
 * ping slots on 785 MHz DR3.
 */
public final class Cn779 extends BaseRegion {

  Cn779() {
    super(spec());
  }

  private static BandSpec spec() {
    BandSpec s = new BandSpec(RegionId.CN779).loraSf12ToSf7();
    s.lora(6, 7, 250000, true, true).dataRate(7, new FskModulation(50000), true, true);
    s.maxM(
        new int[] {59, 59, 59, 123, 250, 250, 250, 250},
        new int[] {59, 59, 59, 123, 230, 230, 230, 230});
    s.rx1Subtract(0, 7, 5);
    return s.rx2(786000000, 0)
        .txPower(12.15, 5)
        .uplinkChannel(779500000, 0, 5)
        .uplinkChannel(779700000, 0, 5)
        .uplinkChannel(779900000, 0, 5)
        .classB(785000000, 3, 785000000, 3);
  }
}
