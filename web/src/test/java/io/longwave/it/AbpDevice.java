package io.longwave.it;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.FCtrl;
import io.longwave.lorawan.Fhdr;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.MacPayload;
import io.longwave.lorawan.Mhdr;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.crypto.FrmPayloadCipher;
import io.longwave.lorawan.crypto.Mic;

/**
 * The device side of an ABP-activated LoRaWAN 1.0.3 device, played with the LoRaWAN library
 * alone: unconfirmed data uplinks, FRMPayload encrypted with the AppSKey and signed with the
 * NwkSKey (LoRaWAN 1.0.3 §4.3.3, §4.4).
 */
record AbpDevice(DevAddr devAddr, Aes128Key nwkSKey, Aes128Key appSKey) {

  /** The PHYPayload of an unconfirmed data uplink, ADR off, no FOpts. */
  byte[] unconfirmedUplink(int fCnt, int fPort, byte[] payload) {
    byte[] frm = FrmPayloadCipher.encrypt(
        AesKeyContext.of(appSKey), Direction.UPLINK, devAddr, fCnt, payload);
    Fhdr fhdr = Fhdr.of(devAddr, FCtrl.Uplink.of(false, false, false, false), fCnt, new byte[0]);
    PhyPayload unsigned = PhyPayload.of(
        Mhdr.of(MType.UNCONFIRMED_DATA_UP), MacPayload.of(fhdr, fPort, frm), new byte[4]);
    byte[] b = unsigned.encode();
    int mic = DataMic.uplinkLorawan10(AesKeyContext.of(nwkSKey), b, 0, b.length - 4, fCnt);
    return unsigned.withMic(Mic.toBytes(mic)).encode();
  }
}
