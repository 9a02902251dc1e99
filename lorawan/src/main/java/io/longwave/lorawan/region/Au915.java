package io.longwave.lorawan.region;

/**
 * AU915-928 (RP002-1.0.3 §2.6): uplink DR0-5 SF12-SF7/125 kHz, DR6 SF8/500 kHz, DR7 LR-FHSS 1.523
 * MHz; downlink DR8-13 SF12-SF7/500 kHz. 64 uplink channels of 125 kHz from 915.2 MHz by 200 kHz, 8
 * of 500 kHz from 915.9 MHz by 1.6 MHz; 8 downlink channels from 923.3 MHz by 600 kHz; RX2 923.3
 * MHz DR8; max EIRP 30 dBm, TXPower 0-14; uplink dwell time (TxParamSetupReq); beacon DR8 hopping
 * over the downlink channels.
 */
public final class Au915 extends FixedChannelRegion {

  private static final FixedGrid GRID =
      new FixedGrid(
          915200000, 200000, 64, 5, 915900000, 1600000, 8, 6, 7, 923300000, 600000, 8, 923300000,
          600000);

  Au915() {
    super(spec(), GRID);
  }

  private static BandSpec spec() {
    BandSpec s = new BandSpec(RegionId.AU915);
    for (int dr = 0; dr <= 5; dr++) {
      s.lora(dr, 12 - dr, 125000, true, false);
    }
    s.lora(6, 8, 500000, true, false)
        .dataRate(7, new LrFhssModulation(LrFhssCodingRate.CR_1_3, 1523000), true, false);
    for (int dr = 8; dr <= 13; dr++) {
      s.lora(dr, 20 - dr, 500000, false, true);
    }
    int n = BandSpec.NONE;
    s.maxM(
        new int[] {59, 59, 59, 123, 250, 250, 250, 58, 61, 137, 250, 250, 250, 250},
        new int[] {59, 59, 59, 123, 230, 230, 230, 58, 61, 137, 230, 230, 230, 230});
    s.maxMDwell(
        new int[] {n, n, 19, 61, 133, 250, 250, 58, 61, 137, 250, 250, 250, 250},
        new int[] {n, n, 19, 61, 133, 230, 230, 58, 61, 137, 230, 230, 230, 230});
    s.rx1Row(0, 8, 8, 8, 8, 8, 8)
        .rx1Row(1, 9, 8, 8, 8, 8, 8)
        .rx1Row(2, 10, 9, 8, 8, 8, 8)
        .rx1Row(3, 11, 10, 9, 8, 8, 8)
        .rx1Row(4, 12, 11, 10, 9, 8, 8)
        .rx1Row(5, 13, 12, 11, 10, 9, 8)
        .rx1Row(6, 13, 13, 12, 11, 10, 9)
        .rx1Row(7, 9, 8, 8, 8, 8, 8);
    return s.rx2(923300000, 8).txPower(30, 14).classB(0, 8, 0, 8);
  }
}
