package io.longwave.lorawan.region;

/**
 * EU863-870 (RP002-1.0.3 §2.2): DR0-5 LoRa SF12-SF7/125 kHz, DR6 SF7/250 kHz, DR7 FSK 50 kbps,
 * DR8-11 LR-FHSS (uplink only); default channels 868.1, 868.3, 868.5 MHz; RX2 869.525 MHz DR0; max
 * EIRP 16 dBm, TXPower 0-7; beacon and ping slots on 869.525 MHz DR3.
 */
public final class Eu868 extends BaseRegion {

  Eu868() {
    super(spec());
  }

  private static BandSpec spec() {
    BandSpec s = new BandSpec(RegionId.EU868).loraSf12ToSf7();
    s.lora(6, 7, 250000, true, true)
        .dataRate(7, new FskModulation(50000), true, true)
        .dataRate(8, new LrFhssModulation(LrFhssCodingRate.CR_1_3, 137000), true, false)
        .dataRate(9, new LrFhssModulation(LrFhssCodingRate.CR_2_3, 137000), true, false)
        .dataRate(10, new LrFhssModulation(LrFhssCodingRate.CR_1_3, 336000), true, false)
        .dataRate(11, new LrFhssModulation(LrFhssCodingRate.CR_2_3, 336000), true, false);
    s.maxM(
        new int[] {59, 59, 59, 123, 250, 250, 250, 250, 58, 123, 58, 123},
        new int[] {59, 59, 59, 123, 230, 230, 230, 230, 58, 123, 58, 123});
    s.rx1Subtract(0, 7, 5)
        .rx1Row(8, 1, 0, 0, 0, 0, 0)
        .rx1Row(9, 2, 1, 0, 0, 0, 0)
        .rx1Row(10, 1, 0, 0, 0, 0, 0)
        .rx1Row(11, 2, 1, 0, 0, 0, 0);
    return s.rx2(869525000, 0)
        .txPower(16, 7)
        .uplinkChannel(868100000, 0, 5)
        .uplinkChannel(868300000, 0, 5)
        .uplinkChannel(868500000, 0, 5)
        .classB(869525000, 3, 869525000, 3);
  }
}
