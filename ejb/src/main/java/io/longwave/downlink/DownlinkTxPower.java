package io.longwave.downlink;

import io.longwave.lorawan.region.RegionId;

/**
 * The EIRP a gateway transmits downlinks with when the network is not configured otherwise,
 * per region as ChirpStack's band defaults give it: EU868 14 dBm (27 dBm in the 869.4–869.65 MHz
 * sub-band, where RX2 sits), US915 20, AU915 27, AS923 14, CN470 14, IN865 27, KR920 23, RU864 14,
 * EU433 and CN779 10.
 */
public final class DownlinkTxPower {

  private DownlinkTxPower() {}

  /** The default downlink EIRP in dBm at {@code frequencyHz}. */
  public static int defaultDbm(RegionId region, long frequencyHz) {
    return switch (region) {
      case EU868 -> frequencyHz >= 869_400_000L && frequencyHz < 869_650_000L ? 27 : 14;
      case US915 -> 20;
      case AU915, IN865 -> 27;
      case KR920 -> 23;
      case EU433, CN779 -> 10;
      default -> 14;
    };
  }
}
