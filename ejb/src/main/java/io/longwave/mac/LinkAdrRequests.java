package io.longwave.mac;

import io.longwave.adr.AdrAlgorithms;
import io.longwave.adr.AdrOutcome;
import io.longwave.adr.AdrRequest;
import io.longwave.adr.AdrResponse;
import io.longwave.lorawan.mac.LinkAdrReq;
import io.longwave.lorawan.region.Channel;
import io.longwave.lorawan.region.ChannelMaskBlock;
import io.longwave.lorawan.region.Region;
import io.longwave.session.DeviceSession;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The LinkADRReq block ADR asks for (LoRaWAN 1.0.4 §5.3; ChirpStack {@code
 * downlink::data::_request_adr_change}). The profile's ADR algorithm chooses DR, TXPower and
 * NbTrans from the session and its uplink history. A fixed channel plan also moves the device to
 * the network's channels: one LinkADRReq per channel-mask block, all with the same settings. A
 * dynamic plan gets one LinkADRReq with ChMaskCntl 0 and the channels the device has enabled.
 */
final class LinkAdrRequests {

  private static final System.Logger LOG = System.getLogger(LinkAdrRequests.class.getName());

  private final AdrAlgorithms algorithms;
  private final UplinkChannelPlan channelPlan;

  LinkAdrRequests(AdrAlgorithms algorithms, UplinkChannelPlan channelPlan) {
    this.algorithms = algorithms;
    this.channelPlan = channelPlan;
  }

  /** The requests, or an empty list when nothing is to change. */
  List<LinkAdrReq> build(MacContext context) {
    Region region = context.region();
    DeviceSession s = context.session();
    List<Channel> channels = SessionChannels.all(region, s);
    BitSet enabled = SessionChannels.enabled(region, s);
    BitSet target = region.fixedChannelPlan() ? channelPlan.enabledUplinkChannels(region) : enabled;
    AdrRequest request = adrRequest(context, SessionChannels.dataRates(channels, target));
    AdrOutcome outcome = algorithms.handle(context.profile().adrAlgorithmId(), request);
    outcome.warning().ifPresent(w -> LOG.log(Level.WARNING, "{0}: {1}", s.devEui(), w));
    AdrResponse wanted = outcome.response();
    List<ChannelMaskBlock> blocks =
        region.fixedChannelPlan() ? region.linkAdrChannelMask(enabled, target) : List.of();
    if (!wanted.changes(request) && blocks.isEmpty()) {
      return List.of();
    }
    if (blocks.isEmpty()) {
      blocks = List.of(restating(region, enabled));
    }
    List<LinkAdrReq> out = new ArrayList<>(blocks.size());
    for (ChannelMaskBlock b : blocks) {
      out.add(
          new LinkAdrReq(
              wanted.dr(), wanted.txPowerIndex(), b.chMask(), b.chMaskCntl(), wanted.nbTrans()));
    }
    return out;
  }

  private AdrRequest adrRequest(MacContext context, int dataRates) {
    DeviceSession s = context.session();
    Region region = context.region();
    int maxTxPower =
        s.maxSupportedTxPowerIndex() > 0
            ? Math.min(s.maxSupportedTxPowerIndex(), region.maxTxPowerIndex())
            : region.maxTxPowerIndex();
    return AdrRequest.builder(region)
        .adr(s.adr())
        .dr(context.uplinkDr())
        .txPowerIndex(Math.min(s.txPowerIndex(), 15))
        .nbTrans(Math.min(Math.max(s.nbTrans(), 1), 15))
        .maxTxPowerIndex(maxTxPower)
        .installationMarginDb(context.settings().installationMarginDb())
        .enabledUplinkDataRates(
            dataRates == 0 ? AdrRequest.defaultUplinkDataRates(region) : dataRates)
        .uplinkHistory(s.adrHistory())
        .skipFCntCheck(s.skipFCntCheck())
        .build();
  }

  /**
   * A block that leaves the device's channels as they are: the first non-empty 16-channel block of
   * the enabled set, restated (ChMaskCntl 0 for a dynamic plan).
   */
  private static ChannelMaskBlock restating(Region region, BitSet enabled) {
    int first = region.fixedChannelPlan() ? Math.max(0, enabled.nextSetBit(0)) / 16 : 0;
    int mask = 0;
    for (int i = 0; i < 16; i++) {
      if (enabled.get(first * 16 + i)) {
        mask |= 1 << i;
      }
    }
    return new ChannelMaskBlock(first, mask);
  }
}
