package io.longwave.scenario.downlink;

import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.FCtrl;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.MacPayload;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.crypto.FOptsCipher;
import io.longwave.lorawan.crypto.FOptsCounter;
import io.longwave.lorawan.crypto.FrmPayloadCipher;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.MacCommandCodec;
import io.longwave.session.DeviceSession;
import java.util.List;

/**
 * A downlink item opened as the device would: decoded with the LoRaWAN library, FOpts and
 * FRMPayload decrypted with the session's keys, the MIC checked against a full frame counter.
 *
 * @param phy the decoded frame
 * @param fOpts the MAC commands of FOpts, decrypted
 * @param frmPayload the FRMPayload, decrypted
 * @param micValid the MIC matched for {@code fCnt} and {@code confFCnt}
 */
public record OpenedDownlink(
    PhyPayload phy, List<MacCommand> fOpts, byte[] frmPayload, boolean micValid) {

  /**
   * Opens a downlink item.
   *
   * @param fCnt the full counter the device expects the frame to use
   * @param confFCnt LoRaWAN 1.1: the FCnt of the uplink acknowledged
   */
  public static OpenedDownlink open(
      DownlinkFrameItem item, DeviceSession s, long fCnt, long confFCnt) {
    byte[] b = item.phyPayload();
    PhyPayload phy = PhyPayload.decode(b);
    MacPayload mac = phy.macPayload();
    boolean micValid = s.macVersion().isLorawan11()
        ? DataMic.checkDownlinkLorawan11(AesKeyContext.of(s.sNwkSIntKey()), b, 0, b.length,
            (int) fCnt, (int) confFCnt)
        : DataMic.checkDownlinkLorawan10(AesKeyContext.of(s.sNwkSIntKey()), b, 0, b.length,
            (int) fCnt);
    byte[] fOpts = mac.fhdr().fOpts();
    if (s.macVersion().isLorawan11() && fOpts.length > 0) {
      FOptsCipher.decrypt(AesKeyContext.of(s.nwkSEncKey()),
          FOptsCounter.forDownlink(mac.fPort()), s.devAddr(), (int) fCnt, fOpts, 0,
          fOpts.length);
    }
    byte[] frm = mac.frmPayload();
    if (frm.length > 0) {
      AesKeyContext key = AesKeyContext.of(mac.fPort() == 0 ? s.nwkSEncKey() : s.appSKey());
      frm = FrmPayloadCipher.decrypt(key, Direction.DOWNLINK, s.devAddr(), (int) fCnt, frm);
    }
    return new OpenedDownlink(
        phy, MacCommandCodec.decode(Direction.DOWNLINK, fOpts), frm, micValid);
  }

  public MType mType() {
    return phy.mType();
  }

  public FCtrl.Downlink fCtrl() {
    return (FCtrl.Downlink) phy.macPayload().fhdr().fCtrl();
  }

  /** The 16 FCnt bits on air. */
  public int fCnt() {
    return phy.macPayload().fhdr().fCnt();
  }

  public int fPort() {
    return phy.macPayload().fPort();
  }

  /** The FPort 0 payload as MAC commands. */
  public List<MacCommand> frmPayloadCommands() {
    return MacCommandCodec.decode(Direction.DOWNLINK, frmPayload);
  }
}
