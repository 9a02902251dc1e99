package io.longwave.downlink.data;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.crypto.FOptsCipher;
import io.longwave.lorawan.crypto.FOptsCounter;
import io.longwave.lorawan.crypto.FrmPayloadCipher;
import io.longwave.lorawan.crypto.Mic;
import io.longwave.session.DeviceSession;

/**
 * Encryption and MIC of a data downlink built in plain text, in place on its encoded bytes
 * (LoRaWAN 1.0.4 §4.3.3 and §4.4; LoRaWAN 1.1 §4.3.1.6, §4.3.3 and §4.4 with the errata's FOpts
 * A block). Keys come from the session: the AppSKey for FPort &gt; 0, the NwkSEncKey (the NwkSKey
 * of 1.0.x) for FPort 0 and for 1.1 FOpts, the SNwkSIntKey (the NwkSKey of 1.0.x) for the MIC.
 * Key contexts are made per call, so this class is stateless and thread-safe.
 */
final class DownlinkFrameCrypto {

  private DownlinkFrameCrypto() {}

  /**
   * Encrypts FOpts (LoRaWAN 1.1 only) and FRMPayload of {@code frame}.
   *
   * @param frame the encoded PHYPayload, its MIC still zero
   * @param fCnt the full 32-bit downlink counter the frame uses
   */
  static void encryptPayload(DeviceSession session, PhyPayload plain, byte[] frame, long fCnt) {
    DevAddr devAddr = session.devAddr();
    int counter = (int) fCnt;
    int fPort = plain.macPayload().fPort();
    int fOptsLength = plain.fOptsLength();
    if (session.macVersion().isLorawan11() && fOptsLength > 0) {
      FOptsCipher.encrypt(
          AesKeyContext.of(session.nwkSEncKey()),
          FOptsCounter.forDownlink(fPort),
          devAddr,
          counter,
          frame,
          plain.fOptsOffset(),
          fOptsLength);
    }
    int frmLength = plain.frmPayloadLength();
    if (frmLength > 0) {
      AesKeyContext key =
          AesKeyContext.of(fPort == 0 ? session.nwkSEncKey() : session.appSKey());
      FrmPayloadCipher.encrypt(
          key, Direction.DOWNLINK, devAddr, counter, frame, plain.frmPayloadOffset(), frmLength);
    }
  }

  /**
   * Writes the MIC into the last four bytes of {@code frame}.
   *
   * @param fCnt the full 32-bit downlink counter
   * @param confFCnt LoRaWAN 1.1: the FCntUp of the uplink acknowledged (used when ACK is set)
   */
  static void setMic(DeviceSession session, byte[] frame, long fCnt, long confFCnt) {
    AesKeyContext key = AesKeyContext.of(session.sNwkSIntKey());
    int msgLength = frame.length - Mic.LENGTH;
    int mic =
        session.macVersion().isLorawan11()
            ? DataMic.downlinkLorawan11(key, frame, 0, msgLength, (int) fCnt, (int) confFCnt)
            : DataMic.downlinkLorawan10(key, frame, 0, msgLength, (int) fCnt);
    Mic.write(mic, frame, msgLength);
  }
}
