package io.longwave.uplink.join;

import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.CfList;
import io.longwave.lorawan.region.Region;
import io.longwave.network.NetworkRegionSettings;
import java.util.BitSet;
import java.util.Optional;

/**
 * The CFList of a join-accept (RP002-1.0.3 §2.x.4): the network's extra channels for a dynamic
 * plan (CFListType 0), the enabled channels for a fixed plan (CFListType 1). As ChirpStack does,
 * channel masks are sent only to LoRaWAN 1.0.3 and later devices, which know CFListType 1.
 */
final class CfLists {

  private CfLists() {}

  static Optional<CfList> forJoinAccept(
      Region region, NetworkRegionSettings network, MacVersion version) {
    if (region.fixedChannelPlan()) {
      if (version == MacVersion.LORAWAN_1_0_0
          || version == MacVersion.LORAWAN_1_0_1
          || version == MacVersion.LORAWAN_1_0_2) {
        return Optional.empty();
      }
      BitSet enabled = network.uplinkChannelsAfterJoin(region);
      return region.cfList(network.extraUplinkChannels(), enabled);
    }
    return region.cfList(network.extraUplinkChannels(), new BitSet());
  }
}
