package io.longwave.lorawan.region;

/**
 * KR920-923 (RP002-1.0.3 §2.9): DR0-5 SF12-SF7/125 kHz; default channels 922.1, 922.3 and 922.5
 * MHz; RX2 921.9 MHz DR0; max EIRP 14 dBm, TXPower 0-7; beacon and ping slots on 923.1 MHz DR3.
 */
public final class Kr920 extends BaseRegion {

  Kr920() {
    super(spec());
  }

  private static BandSpec spec() {
    BandSpec s = new BandSpec(RegionId.KR920).loraSf12ToSf7();
    s.maxM(new int[] {59, 59, 59, 123, 250, 250}, new int[] {59, 59, 59, 123, 230, 230});
    s.rx1Subtract(0, 5, 5);
    return s.rx2(921900000, 0)
        .txPower(14, 7)
        .uplinkChannel(922100000, 0, 5)
        .uplinkChannel(922300000, 0, 5)
        .uplinkChannel(922500000, 0, 5)
        .classB(923100000, 3, 923100000, 3);
  }
}
