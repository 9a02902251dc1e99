package io.longwave.mac;

import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.downlink.RadioModulations;
import io.longwave.downlink.ReceiveWindows;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.FCtrl;
import io.longwave.lorawan.Fhdr;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.MacPayload;
import io.longwave.lorawan.Mhdr;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.crypto.Mic;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.MacCommandCodec;
import io.longwave.lorawan.region.Region;
import io.longwave.lorawan.region.Regions;
import io.longwave.network.NetworkSettings;
import io.longwave.session.DeviceSession;
import io.longwave.testing.RecordingApplicationEvents;
import io.longwave.testing.RecordingGatewayDownlinks;
import io.longwave.uplink.UplinkFrameSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Given-builder and stand-in for the data-uplink flow's MAC steps in scenario tests: it builds a
 * LoRaWAN 1.0 uplink with the library (FOpts in clear, MIC with the NwkSKey), checks and decodes
 * it, runs {@link MacCommandDispatcher#handleUplink} and {@link MacCommandDispatcher#requests} on
 * the session, and sends the MAC commands in an unconfirmed downlink in RX1 through a recording
 * gateway connection.
 */
public final class MacRoundTrip {

  public final DeviceSession session;
  public final DeviceProfile profile;
  public final Region region;
  public final MacCommandDispatcher dispatcher;
  public final RecordingGatewayDownlinks gateways = new RecordingGatewayDownlinks();
  public final RecordingApplicationEvents events = new RecordingApplicationEvents();
  private final AesKeyContext nwkSKey = AesKeyContext.of(MacFixture.NWK_S_KEY);

  public MacRoundTrip(DeviceSession session, DeviceProfile profile, MacCommandDispatcher d) {
    this.session = session;
    this.profile = profile;
    this.region = Regions.get(session.region());
    this.dispatcher = d;
  }

  /** The uplink's PHYPayload bytes. */
  public byte[] uplinkPhy(long fCnt, boolean adr, List<MacCommand> fOpts) {
    Fhdr fhdr = Fhdr.of(MacFixture.DEV_ADDR, FCtrl.Uplink.of(adr, false, false, false),
        (int) (fCnt & 0xffff), MacCommandCodec.encode(fOpts));
    PhyPayload p = PhyPayload.of(Mhdr.of(MType.UNCONFIRMED_DATA_UP), MacPayload.of(fhdr),
        new byte[4]);
    byte[] msg = p.micInput();
    int mic = DataMic.uplinkLorawan10(nwkSKey, msg, 0, msg.length, (int) fCnt);
    return p.withMic(Mic.toBytes(mic)).encode();
  }

  /**
   * Plays one uplink with these receptions and returns the downlink sent, or null.
   *
   * @param uplink the frame set, whose PHYPayload came from {@link #uplinkPhy}
   */
  public DownlinkFrame play(UplinkFrameSet uplink, long fCnt, Instant now) {
    byte[] phy = uplink.phyPayload();
    if (!DataMic.checkUplinkLorawan10(nwkSKey, phy, 0, phy.length, (int) fCnt)) {
      throw new AssertionError("the uplink's MIC does not verify");
    }
    PhyPayload p = PhyPayload.decode(phy);
    FCtrl.Uplink fCtrl = (FCtrl.Uplink) p.macPayload().fhdr().fCtrl();
    int dr = RadioModulations.uplinkDr(region, uplink.txInfo().modulation());
    session.fCntUp(fCnt + 1).adr(fCtrl.adr()).dr(dr);
    MacContext ctx = new MacContext(session, profile, region, uplink, dr,
        NetworkSettings.defaults(), events, now);
    AdrHistoryUpdate.record(ctx); // as the data uplink flow does before MAC handling
    List<MacCommand> up = MacCommandCodec.decode(Direction.UPLINK, p.macPayload().fhdr().fOpts());
    MacOutcome outcome = up.isEmpty() ? MacOutcome.none() : dispatcher.handleUplink(ctx, up);
    List<MacCommand> down = new ArrayList<>(outcome.answers());
    down.addAll(dispatcher.requests(ctx));
    if (down.isEmpty() && !outcome.mustRespond()) {
      return null;
    }
    return sendDownlink(uplink, dr, down);
  }

  private DownlinkFrame sendDownlink(UplinkFrameSet uplink, int dr, List<MacCommand> commands) {
    int fCnt = (int) session.nFCntDown();
    Fhdr fhdr = Fhdr.of(MacFixture.DEV_ADDR, FCtrl.Downlink.of(session.adr(), false, false), fCnt,
        MacCommandCodec.encode(commands));
    PhyPayload p = PhyPayload.of(Mhdr.of(MType.UNCONFIRMED_DATA_DOWN), MacPayload.of(fhdr),
        new byte[4]);
    byte[] msg = p.micInput();
    byte[] bytes =
        p.withMic(Mic.toBytes(DataMic.downlinkLorawan10(nwkSKey, msg, 0, msg.length, fCnt)))
            .encode();
    session.nFCntDown(fCnt + 1L);
    UplinkRxInfo via = uplink.bestRxInfo();
    ReceiveWindows.Rx rx1 = ReceiveWindows.rx1(region, uplink.txInfo(), via, dr,
        session.rx1DrOffset(), false,
        region.receiveDelay1().multipliedBy(Math.max(1, session.rx1Delay())), -1);
    DownlinkFrame frame = new DownlinkFrame(fCnt + 1000L, via.gatewayId(),
        List.of(new DownlinkFrameItem(bytes, rx1.txInfo())));
    try {
      gateways.send(frame);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return frame;
  }

  /** The MAC commands of a downlink sent, after checking its MIC and FCnt. */
  public List<MacCommand> downlinkCommands(DownlinkFrame frame, int expectedFCnt) {
    byte[] phy = frame.items().get(0).phyPayload();
    if (!DataMic.checkDownlinkLorawan10(nwkSKey, phy, 0, phy.length, expectedFCnt)) {
      throw new AssertionError("the downlink's MIC does not verify with FCnt " + expectedFCnt);
    }
    PhyPayload p = PhyPayload.decode(phy);
    if (p.macPayload().fhdr().fCnt() != expectedFCnt || p.macPayload().hasFPort()) {
      throw new AssertionError("expected FCnt " + expectedFCnt + " without FPort, got " + p);
    }
    return MacCommandCodec.decode(Direction.DOWNLINK, p.macPayload().fhdr().fOpts());
  }
}
