package io.longwave.lorawan.region;

/**
 * US902-928 (RP002-1.0.3 §2.3): uplink DR0-3 SF10-SF7/125 kHz, DR4 SF8/500 kHz, DR5-6 LR-FHSS 1.523
 * MHz; downlink DR8-13 SF12-SF7/500 kHz. 64 uplink channels of 125 kHz from 902.3 MHz by 200 kHz, 8
 * of 500 kHz from 903.0 MHz by 1.6 MHz; 8 downlink channels from 923.3 MHz by 600 kHz; RX2 923.3
 * MHz DR8; max conducted power 30 dBm, TXPower 0-14; beacon DR8 hopping over the downlink channels.
 */
public final class Us915 extends FixedChannelRegion {

  private static final FixedGrid GRID =
      new FixedGrid(
          902300000, 200000, 64, 3, 903000000, 1600000, 8, 4, 6, 923300000, 600000, 8, 923300000,
          600000);

  Us915() {
    super(spec(), GRID);
  }

  private static BandSpec spec() {
    BandSpec s = new BandSpec(RegionId.US915);
    for (int dr = 0; dr <= 3; dr++) {
      s.lora(dr, 10 - dr, 125000, true, false);
    }
    s.lora(4, 8, 500000, true, false)
        .dataRate(5, new LrFhssModulation(LrFhssCodingRate.CR_1_3, 1523000), true, false)
        .dataRate(6, new LrFhssModulation(LrFhssCodingRate.CR_2_3, 1523000), true, false);
    for (int dr = 8; dr <= 13; dr++) {
      s.lora(dr, 20 - dr, 500000, false, true);
    }
    int n = BandSpec.NONE;
    s.maxM(
        new int[] {19, 61, 133, 250, 250, 58, 133, n, 61, 137, 250, 250, 250, 250},
        new int[] {19, 61, 133, 230, 230, 58, 133, n, 61, 137, 230, 230, 230, 230});
    s.rx1Row(0, 10, 9, 8, 8)
        .rx1Row(1, 11, 10, 9, 8)
        .rx1Row(2, 12, 11, 10, 9)
        .rx1Row(3, 13, 12, 11, 10)
        .rx1Row(4, 13, 13, 12, 11)
        .rx1Row(5, 10, 9, 8, 8)
        .rx1Row(6, 11, 10, 9, 8);
    return s.rx2(923300000, 8).txPower(30, 14).classB(0, 8, 0, 8);
  }
}
