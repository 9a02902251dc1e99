package io.longwave.lorawan.region;

/**
 * RU864-870 (RP002-1.0.3 §2.11): DR0-5 SF12-SF7/125 kHz, DR6 SF7/250 kHz, DR7 FSK 50 kbps; default
 * channels 868.9 and 869.1 MHz; RX2 869.1 MHz DR0; max EIRP 16 dBm, TXPower 0-7; beacon on 869.1
 * MHz DR3, ping slots on 868.9 MHz DR3.
 */
public final class Ru864 extends BaseRegion {

  Ru864() {
    super(spec());
  }

  private static BandSpec spec() {
    BandSpec s = new BandSpec(RegionId.RU864).loraSf12ToSf7();
    s.lora(6, 7, 250000, true, true).dataRate(7, new FskModulation(50000), true, true);
    s.maxM(
        new int[] {59, 59, 59, 123, 250, 250, 250, 250},
        new int[] {59, 59, 59, 123, 230, 230, 230, 230});
    s.rx1Subtract(0, 7, 5);
    return s.rx2(869100000, 0)
        .txPower(16, 7)
        .uplinkChannel(868900000, 0, 5)
        .uplinkChannel(869100000, 0, 5)
        .classB(869100000, 3, 868900000, 3);
  }
}
