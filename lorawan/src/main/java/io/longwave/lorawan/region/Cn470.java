package io.longwave.lorawan.region;

/**
 * CN470-510 (RP002-1.0.3 §2.7, in the 96-channel layout of LoRaWAN 1.0.x Regional Parameters that
 * ChirpStack implements): DR0-5 SF12-SF7/125 kHz, DR6 SF7/500 kHz, DR7 FSK 50 kbps; 96 uplink
 * channels from 470.3 MHz by 200 kHz, 48 downlink channels from 500.3 MHz by 200 kHz (RX1 on uplink
 * channel mod 48); RX2 505.3 MHz DR0; max EIRP 19.15 dBm, TXPower 0-7; beacon DR2 hopping over
 * 508.3-509.7 MHz.
 */
public final class Cn470 extends FixedChannelRegion {

  private static final FixedGrid GRID =
      new FixedGrid(
          470300000, 200000, 96, 5, 0, 1, 0, 0, 0, 500300000, 200000, 48, 508300000, 200000);

  Cn470() {
    super(spec(), GRID);
  }

  private static BandSpec spec() {
    BandSpec s = new BandSpec(RegionId.CN470).loraSf12ToSf7();
    s.lora(6, 7, 500000, true, true).dataRate(7, new FskModulation(50000), true, true);
    s.maxM(
        new int[] {59, 59, 59, 123, 250, 250, 250, 250},
        new int[] {59, 59, 59, 123, 230, 230, 230, 230});
    s.rx1Subtract(0, 7, 5);
    return s.rx2(505300000, 0).txPower(19.15, 7).classB(0, 2, 0, 2);
  }
}
