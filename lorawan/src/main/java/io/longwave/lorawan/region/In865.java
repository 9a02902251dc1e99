package io.longwave.lorawan.region;

/**
 * IN865-867 (RP002-1.0.3 §2.10): DR0-5 SF12-SF7/125 kHz, DR6 RFU, DR7 FSK 50 kbps; default channels
 * 865.0625, 865.4025 and 865.985 MHz; RX2 866.55 MHz DR2; RX1DROffset 0-7 (6 and 7 raise the data
 * rate); max EIRP 30 dBm, TXPower 0-10; beacon and ping slots on 866.55 MHz DR4.
 */
public final class In865 extends BaseRegion {

  In865() {
    super(spec());
  }

  private static BandSpec spec() {
    BandSpec s = new BandSpec(RegionId.IN865).loraSf12ToSf7();
    s.dataRate(7, new FskModulation(50000), true, true);
    int n = BandSpec.NONE;
    s.maxM(
        new int[] {59, 59, 59, 123, 250, 250, n, 250},
        new int[] {59, 59, 59, 123, 230, 230, n, 230});
    s.rx1Row(0, 0, 0, 0, 0, 0, 0, 1, 2)
        .rx1Row(1, 1, 0, 0, 0, 0, 0, 2, 3)
        .rx1Row(2, 2, 1, 0, 0, 0, 0, 3, 4)
        .rx1Row(3, 3, 2, 1, 0, 0, 0, 4, 5)
        .rx1Row(4, 4, 3, 2, 1, 0, 0, 5, 5)
        .rx1Row(5, 5, 4, 3, 2, 1, 0, 5, 5)
        .rx1Row(7, 7, 6, 5, 4, 3, 2, 7, 7);
    return s.rx2(866550000, 2)
        .txPower(30, 10)
        .uplinkChannel(865062500, 0, 5)
        .uplinkChannel(865402500, 0, 5)
        .uplinkChannel(865985000, 0, 5)
        .classB(866550000, 4, 866550000, 4);
  }
}
