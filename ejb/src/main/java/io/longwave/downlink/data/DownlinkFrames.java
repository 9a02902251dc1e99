package io.longwave.downlink.data;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.FCtrl;
import io.longwave.lorawan.Fhdr;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.MacPayload;
import io.longwave.lorawan.Mhdr;
import io.longwave.lorawan.PhyPayload;

/**
 * A data downlink in plain text, before {@link DownlinkFrameCrypto} encrypts it and sets its MIC
 * (LoRaWAN 1.0.4 §4: MHDR | FHDR | FPort | FRMPayload | MIC).
 */
final class DownlinkFrames {

  private static final byte[] NO_MIC = new byte[PhyPayload.MIC_LENGTH];

  private DownlinkFrames() {}

  /**
   * The frame with its MIC zero.
   *
   * @param fCnt the 16 low bits of the frame counter
   * @param fOpts the MAC commands for FOpts, plain
   * @param fPort the FPort, or {@link MacPayload#NO_F_PORT}
   * @param frmPayload the FRMPayload, plain (empty without FPort)
   */
  static PhyPayload plain(
      DevAddr devAddr, MType mType, FCtrl fCtrl, int fCnt, byte[] fOpts, int fPort,
      byte[] frmPayload) {
    Fhdr fhdr = Fhdr.of(devAddr, fCtrl, fCnt, fOpts);
    MacPayload payload =
        fPort == MacPayload.NO_F_PORT
            ? MacPayload.of(fhdr)
            : MacPayload.of(fhdr, fPort, frmPayload);
    return PhyPayload.of(Mhdr.of(mType), payload, NO_MIC);
  }
}
