package io.longwave.lorawan.region;

/**
 * EU433 (RP002-1.0.3 §2.5): DR0-5 SF12-SF7/125 kHz, DR6 SF7/250 kHz, DR7 FSK 50 kbps; default
 * channels 433.175, 433.375 and 433.575 MHz; RX2 434.665 MHz DR0; max EIRP 12.15 dBm, TXPower 0-5;
 * beacon and ping slots on 434.665 MHz DR3.
 */
public final class Eu433 extends BaseRegion {

  Eu433() {
    super(spec());
  }

  private static BandSpec spec() {
    BandSpec s = new BandSpec(RegionId.EU433).loraSf12ToSf7();
    s.lora(6, 7, 250000, true, true).dataRate(7, new FskModulation(50000), true, true);
    s.maxM(
        new int[] {59, 59, 59, 123, 250, 250, 250, 250},
        new int[] {59, 59, 59, 123, 230, 230, 230, 230});
    s.rx1Subtract(0, 7, 5);
    return s.rx2(434665000, 0)
        .txPower(12.15, 5)
        .uplinkChannel(433175000, 0, 5)
        .uplinkChannel(433375000, 0, 5)
        .uplinkChannel(433575000, 0, 5)
        .classB(434665000, 3, 434665000, 3);
  }
}
