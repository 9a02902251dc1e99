package io.longwave.uplink.data;

import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
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
import io.longwave.lorawan.crypto.FOptsCipher;
import io.longwave.lorawan.crypto.FOptsCounter;
import io.longwave.lorawan.crypto.FrmPayloadCipher;
import io.longwave.lorawan.crypto.Mic;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.uplink.UplinkFrameSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds data uplinks as a device would: plaintext FOpts and FRMPayload are encrypted with the
 * session keys, and the MIC is computed for LoRaWAN 1.0 or 1.1. Defaults: unconfirmed, FCnt 0,
 * no FOpts, no FPort, EU868 868.1 MHz SF7BW125 (DR5, channel 0), one gateway with SNR 7 dB.
 */
public final class GivenDataUplink {

  /** The gateway of the default reception. */
  public static final GatewayId GATEWAY = GatewayId.parse("0102030405060708");
  /** The Semtech UDP tmst context of the default reception. */
  public static final byte[] CONTEXT = {0x01, 0x02, 0x03, 0x04};

  private final DevAddr devAddr;
  private final SessionKeys keys;
  private final boolean lorawan11;
  private boolean confirmed;
  private long fCnt;
  private boolean adr;
  private boolean adrAckReq;
  private boolean ack;
  private boolean classB;
  private byte[] fOpts = new byte[0];
  private int fPort = MacPayload.NO_F_PORT;
  private byte[] payload = new byte[0];
  private long confFCnt;
  private int txDr = 5;
  private int txCh;
  private long frequencyHz = 868_100_000L;
  private int spreadingFactor = 7;
  private final List<UplinkRxInfo> rxInfo = new ArrayList<>();
  private Instant receivedAt = Instant.parse("2024-05-01T10:00:00Z");

  private GivenDataUplink(DevAddr devAddr, SessionKeys keys, boolean lorawan11) {
    this.devAddr = devAddr;
    this.keys = keys;
    this.lorawan11 = lorawan11;
  }

  /** An uplink of a LoRaWAN 1.0 device. */
  public static GivenDataUplink lorawan10(DevAddr devAddr, SessionKeys keys) {
    return new GivenDataUplink(devAddr, keys, false);
  }

  /** An uplink of a LoRaWAN 1.1 device. */
  public static GivenDataUplink lorawan11(DevAddr devAddr, SessionKeys keys) {
    return new GivenDataUplink(devAddr, keys, true);
  }

  public GivenDataUplink confirmed() {
    confirmed = true;
    return this;
  }

  /** The full 32-bit counter; its 16 low bits go on air, the whole value into the crypto. */
  public GivenDataUplink fCnt(long v) {
    fCnt = v;
    return this;
  }

  public GivenDataUplink adr() {
    adr = true;
    return this;
  }

  public GivenDataUplink adrAckReq() {
    adrAckReq = true;
    return this;
  }

  /** Sets ACK; for LoRaWAN 1.1 the MIC covers {@code confFCnt}. */
  public GivenDataUplink ack(long acknowledgedFCnt) {
    ack = true;
    confFCnt = acknowledgedFCnt;
    return this;
  }

  public GivenDataUplink classB() {
    classB = true;
    return this;
  }

  /** Plaintext MAC commands for FOpts. */
  public GivenDataUplink fOpts(byte[] plain) {
    fOpts = plain.clone();
    return this;
  }

  /** FPort and plaintext FRMPayload (MAC commands when FPort is 0). */
  public GivenDataUplink frmPayload(int port, byte[] plain) {
    fPort = port;
    payload = plain.clone();
    return this;
  }

  /** The EU868 channel the device used, with its index (TxCh) and data rate (TxDr). */
  public GivenDataUplink channel(long hz, int index, int dr) {
    frequencyHz = hz;
    txCh = index;
    txDr = dr;
    spreadingFactor = 12 - dr;
    return this;
  }

  /** Adds a reception (the first one added replaces the default). */
  public GivenDataUplink heardBy(GatewayId gateway, int rssi, double snr, byte[] context) {
    rxInfo.add(UplinkRxInfo.builder(gateway).rssi(rssi).snr(snr).context(context).build());
    return this;
  }

  /** The PHYPayload bytes. */
  public byte[] phyPayload() {
    int fCnt32 = (int) fCnt;
    byte[] frm = payload.clone();
    if (fPort == 0) {
      FrmPayloadCipher.encrypt(ctx(keys.nwkSEncKey()), Direction.UPLINK, devAddr, fCnt32, frm, 0,
          frm.length);
    } else if (fPort > 0) {
      FrmPayloadCipher.encrypt(ctx(keys.appSKey()), Direction.UPLINK, devAddr, fCnt32, frm, 0,
          frm.length);
    }
    byte[] opts = fOpts.clone();
    if (lorawan11) {
      FOptsCipher.encrypt(ctx(keys.nwkSEncKey()), FOptsCounter.FCNT_UP, devAddr, fCnt32, opts, 0,
          opts.length);
    }
    Fhdr fhdr = Fhdr.of(devAddr, FCtrl.Uplink.of(adr, adrAckReq, ack, classB),
        (int) (fCnt & 0xffff), opts);
    MacPayload mac = fPort == MacPayload.NO_F_PORT ? MacPayload.of(fhdr)
        : MacPayload.of(fhdr, fPort, frm);
    MType type = confirmed ? MType.CONFIRMED_DATA_UP : MType.UNCONFIRMED_DATA_UP;
    byte[] b = PhyPayload.of(Mhdr.of(type), mac, new byte[4]).encode();
    int len = b.length - 4;
    int mic = lorawan11
        ? DataMic.uplinkLorawan11(ctx(keys.sNwkSIntKey()), ctx(keys.fNwkSIntKey()), b, 0, len,
            fCnt32, (int) confFCnt, txDr, txCh)
        : DataMic.uplinkLorawan10(ctx(keys.fNwkSIntKey()), b, 0, len, fCnt32);
    Mic.write(mic, b, len);
    return b;
  }

  /** The uplink as the de-duplication hands it on. */
  public UplinkFrameSet frameSet() {
    return frameSetOf(phyPayload());
  }

  /** A frame set with these radio settings around other bytes. */
  public UplinkFrameSet frameSetOf(byte[] phy) {
    List<UplinkRxInfo> rx = rxInfo.isEmpty()
        ? List.of(UplinkRxInfo.builder(GATEWAY).rssi(-60).snr(7).context(CONTEXT).build())
        : rxInfo;
    UplinkTxInfo tx = new UplinkTxInfo(frequencyHz,
        new LoraModulation(125_000, spreadingFactor, CodeRate.CR_4_5, false));
    return new UplinkFrameSet(UUID.randomUUID(), phy, tx, rx, receivedAt);
  }

  /** When the first copy reached the network server (2024-05-01T10:00:00Z unless set). */
  public GivenDataUplink receivedAt(Instant at) {
    this.receivedAt = at;
    return this;
  }

  private static AesKeyContext ctx(Aes128Key key) {
    return AesKeyContext.of(key);
  }
}
