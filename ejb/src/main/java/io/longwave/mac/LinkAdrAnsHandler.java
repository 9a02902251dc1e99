package io.longwave.mac;

import io.longwave.lorawan.mac.Cid;
import io.longwave.lorawan.mac.LinkAdrAns;
import io.longwave.lorawan.mac.LinkAdrReq;
import io.longwave.lorawan.mac.StandardMacCommand;
import io.longwave.lorawan.region.ChannelMaskBlock;
import io.longwave.session.DeviceSession;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * LinkADRAns (LoRaWAN 1.0.4 §5.3; ChirpStack {@code link_adr.rs}). The answers of a block of
 * LinkADRReq count as accepted only when every ack bit of every answer is set. Then the session
 * takes the requests' channel mask (applied as the device does), and the last request's DR,
 * TXPower and NbTrans; when one of these changed, the ADR history restarts. A device with ADR off
 * need only accept the channel mask (§4.3.1.1): the mask and NbTrans are taken, DR and TXPower
 * where acknowledged. Otherwise the request's error count goes up, and a TXPower rejection lowers
 * the highest TXPower index the device is thought to support to one below the request's.
 */
public final class LinkAdrAnsHandler implements MacCommandHandler {

  private static final System.Logger LOG = System.getLogger(LinkAdrAnsHandler.class.getName());

  @Override
  public Cid cid() {
    return Cid.LINK_ADR_ANS;
  }

  @Override
  public boolean answersRequest() {
    return true;
  }

  @Override
  public MacOutcome handle(
      MacContext context, List<StandardMacCommand> block, List<StandardMacCommand> pending) {
    boolean powerAck = true;
    boolean dataRateAck = true;
    boolean channelMaskAck = true;
    for (StandardMacCommand c : block) {
      LinkAdrAns ans = (LinkAdrAns) c;
      powerAck &= ans.powerAck();
      dataRateAck &= ans.dataRateAck();
      channelMaskAck &= ans.channelMaskAck();
    }
    List<ChannelMaskBlock> masks = new ArrayList<>(pending.size());
    for (StandardMacCommand c : pending) {
      LinkAdrReq req = (LinkAdrReq) c;
      masks.add(new ChannelMaskBlock(req.chMaskCntl(), req.chMask()));
    }
    LinkAdrReq last = (LinkAdrReq) pending.get(pending.size() - 1);
    DeviceSession s = context.session();
    if (powerAck && dataRateAck && channelMaskAck) {
      BitSet channels = applyChannelMask(context, masks);
      if (s.dr() != last.dataRate()
          || s.txPowerIndex() != last.txPower()
          || s.nbTrans() != last.nbTrans()) {
        s.adrHistory(List.of());
      }
      s.enabledUplinkChannels(channels)
          .dr(last.dataRate())
          .txPowerIndex(last.txPower())
          .nbTrans(last.nbTrans());
      MacErrorCounts.reset(s, Cid.LINK_ADR_REQ);
      LOG.log(Level.DEBUG, "LinkADRReq accepted by {0}", s.devEui());
    } else if (!s.adr() && channelMaskAck) {
      s.enabledUplinkChannels(applyChannelMask(context, masks)).nbTrans(last.nbTrans());
      if (dataRateAck) {
        s.dr(last.dataRate());
      }
      if (powerAck) {
        s.txPowerIndex(last.txPower());
      }
      MacErrorCounts.reset(s, Cid.LINK_ADR_REQ);
      LOG.log(Level.DEBUG, "LinkADRReq channel mask accepted by {0} (ADR off)", s.devEui());
    } else {
      MacErrorCounts.increment(s, Cid.LINK_ADR_REQ);
      if (!powerAck && last.txPower() > 0) {
        s.maxSupportedTxPowerIndex(last.txPower() - 1);
      }
      LOG.log(Level.WARNING, "LinkADRReq rejected by {0}: power {1}, data rate {2}, mask {3}",
          s.devEui(), powerAck, dataRateAck, channelMaskAck);
    }
    return MacOutcome.none();
  }

  private static BitSet applyChannelMask(MacContext context, List<ChannelMaskBlock> masks) {
    DeviceSession s = context.session();
    return context.region().applyLinkAdrChannelMask(
        SessionChannels.defined(context.region(), s),
        SessionChannels.enabled(context.region(), s),
        masks);
  }
}
