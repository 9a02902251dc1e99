package io.longwave.simulator.device;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.FCtrl;
import io.longwave.lorawan.Fhdr;
import io.longwave.lorawan.FrameCounter;
import io.longwave.lorawan.LorawanFormatException;
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
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.MacCommandCodec;
import java.util.List;

/**
 * The end-device side of a LoRaWAN session: DevAddr, session keys and frame counters, and the
 * encoding of data uplinks and decoding of data downlinks with them (LoRaWAN 1.0.4 §4 and 1.1 §4).
 *
 * <ul>
 *   <li>Uplinks: FRMPayload encrypted with the AppSKey (FPort &gt; 0) or NwkSEncKey (FPort 0);
 *       in 1.1 FOpts encrypted with the NwkSEncKey; MIC with the NwkSKey (1.0) or the two halves
 *       of SNwkSIntKey and FNwkSIntKey (1.1, over TxDr and TxCh, ConfFCnt when ACK is set). FCntUp
 *       counts up after every uplink.
 *   <li>Downlinks: one FCntDown in 1.0; in 1.1 NFCntDown (no FPort or FPort 0) and AFCntDown
 *       (FPort &gt; 0). The 16 bits on air are extended to the first value at or after the one
 *       expected; the MIC decides, and only a frame that passes it moves the counter.
 * </ul>
 *
 * <p>Not thread-safe (the key contexts are not): the owning {@link SimulatedDevice} confines it.
 */
public final class DeviceSession {

  private final DevAddr devAddr;
  private final boolean lorawan11;
  private final AesKeyContext fNwkSIntKey;
  private final AesKeyContext sNwkSIntKey;
  private final AesKeyContext nwkSEncKey;
  private final AesKeyContext appSKey;
  private long fCntUp;
  private long nFCntDown;
  private long aFCntDown;
  private long lastConfirmedFCntUp = -1;
  private long lastConfirmedFCntDown = -1;

  /**
   * A session starting with FCntUp {@code fCntUp} and downlink counters 0.
   *
   * @param lorawan11 true for the 1.1 frame crypto (OptNeg set, or a 1.1 ABP device)
   */
  public DeviceSession(DevAddr devAddr, SessionKeys keys, boolean lorawan11, long fCntUp) {
    if (devAddr == null || keys == null) {
      throw new IllegalArgumentException("a session needs a DevAddr and keys");
    }
    this.devAddr = devAddr;
    this.lorawan11 = lorawan11;
    AesKeyContext s = AesKeyContext.of(keys.sNwkSIntKey());
    this.sNwkSIntKey = s;
    this.fNwkSIntKey = keys.fNwkSIntKey().equals(keys.sNwkSIntKey())
        ? s : AesKeyContext.of(keys.fNwkSIntKey());
    this.nwkSEncKey = keys.nwkSEncKey().equals(keys.sNwkSIntKey())
        ? s : AesKeyContext.of(keys.nwkSEncKey());
    this.appSKey = AesKeyContext.of(keys.appSKey());
    this.fCntUp = fCntUp & FrameCounter.MAX;
  }

  /** The device address. */
  public DevAddr devAddr() {
    return devAddr;
  }

  /** True when the 1.1 frame crypto applies. */
  public boolean lorawan11() {
    return lorawan11;
  }

  /** The FCntUp the next uplink will carry. */
  public long fCntUp() {
    return fCntUp;
  }

  /** The downlink counter expected next: FCntDown in 1.0, NFCntDown in 1.1. */
  public long nFCntDown() {
    return nFCntDown;
  }

  /** The AFCntDown expected next (1.1 only; stays 0 in 1.0). */
  public long aFCntDown() {
    return aFCntDown;
  }

  /** The FCntUp of the last confirmed uplink, or -1 when none was sent. */
  public long lastConfirmedFCntUp() {
    return lastConfirmedFCntUp;
  }

  /**
   * Encodes the next data uplink and counts FCntUp up.
   *
   * @param confirmed confirmed data up
   * @param fPort 1 to 223 for application data, 0 for MAC commands in FRMPayload, -1 for none
   * @param payload the plain FRMPayload (empty when {@code fPort} is -1)
   * @param fOpts plain MAC commands for FOpts, at most 15 bytes (none with FPort 0)
   * @param ack acknowledges the last confirmed downlink
   * @param txDr the data-rate index (1.1 MIC)
   * @param txCh the channel index (1.1 MIC)
   * @return the PHYPayload
   */
  public byte[] encodeUplink(boolean confirmed, int fPort, byte[] payload, byte[] fOpts,
      boolean ack, int txDr, int txCh) {
    int fCnt = (int) fCntUp;
    byte[] opts = fOpts.clone();
    if (lorawan11 && opts.length > 0) {
      FOptsCipher.encrypt(nwkSEncKey, FOptsCounter.FCNT_UP, devAddr, fCnt, opts, 0, opts.length);
    }
    Fhdr fhdr = Fhdr.of(devAddr, FCtrl.Uplink.of(false, false, ack, false), fCnt & 0xffff, opts);
    MacPayload mac;
    if (fPort < 0) {
      mac = MacPayload.of(fhdr);
    } else {
      AesKeyContext key = fPort == 0 ? nwkSEncKey : appSKey;
      mac = MacPayload.of(fhdr, fPort,
          FrmPayloadCipher.encrypt(key, Direction.UPLINK, devAddr, fCnt, payload));
    }
    MType type = confirmed ? MType.CONFIRMED_DATA_UP : MType.UNCONFIRMED_DATA_UP;
    byte[] b = PhyPayload.of(Mhdr.of(type), mac, new byte[Mic.LENGTH]).encode();
    int msgLength = b.length - Mic.LENGTH;
    int mic = lorawan11
        ? DataMic.uplinkLorawan11(sNwkSIntKey, fNwkSIntKey, b, 0, msgLength, fCnt,
            (int) Math.max(0, lastConfirmedFCntDown), txDr, txCh)
        : DataMic.uplinkLorawan10(fNwkSIntKey, b, 0, msgLength, fCnt);
    Mic.write(mic, b, msgLength);
    if (confirmed) {
      lastConfirmedFCntUp = fCntUp;
    }
    fCntUp = (fCntUp + 1) & FrameCounter.MAX;
    return b;
  }

  /**
   * Checks and decrypts a data downlink for this DevAddr, then moves its downlink counter.
   *
   * @throws FrameRejectedException when the frame is not a data down for this session, or its
   *     MIC does not verify with the counter expected
   */
  public DownlinkData decodeDownlink(PhyPayload phy) throws FrameRejectedException {
    if (phy.mType() != MType.UNCONFIRMED_DATA_DOWN && phy.mType() != MType.CONFIRMED_DATA_DOWN) {
      throw new FrameRejectedException(FrameRejectedException.Reason.DECRYPT,
          "expected a data downlink, got " + phy.mType());
    }
    MacPayload mac = phy.macPayload();
    Fhdr fhdr = mac.fhdr();
    if (!fhdr.devAddr().equals(devAddr)) {
      throw new FrameRejectedException(FrameRejectedException.Reason.DECRYPT,
          "downlink for DevAddr " + fhdr.devAddr() + ", the session has " + devAddr);
    }
    boolean application = lorawan11 && mac.fPort() > 0;
    long expected = application ? aFCntDown : nFCntDown;
    long full = FrameCounter.atOrAfter(expected, fhdr.fCnt());
    byte[] b = phy.encode();
    boolean micOk = lorawan11
        ? DataMic.checkDownlinkLorawan11(sNwkSIntKey, b, 0, b.length, (int) full,
            (int) Math.max(0, lastConfirmedFCntUp))
        : DataMic.checkDownlinkLorawan10(sNwkSIntKey, b, 0, b.length, (int) full);
    if (!micOk) {
      throw new FrameRejectedException(FrameRejectedException.Reason.MIC,
          "downlink MIC does not verify for DevAddr " + devAddr + " with FCntDown " + full);
    }
    if (application) {
      aFCntDown = (full + 1) & FrameCounter.MAX;
    } else {
      nFCntDown = (full + 1) & FrameCounter.MAX;
    }
    if (phy.mType().isConfirmed()) {
      lastConfirmedFCntDown = full;
    }
    byte[] opts = fhdr.fOpts();
    if (lorawan11 && opts.length > 0) {
      FOptsCipher.decrypt(nwkSEncKey, FOptsCounter.forDownlink(mac.fPort()), devAddr, (int) full,
          opts, 0, opts.length);
    }
    byte[] frm = mac.frmPayload();
    if (mac.fPort() >= 0 && frm.length > 0) {
      AesKeyContext key = mac.fPort() == 0 ? nwkSEncKey : appSKey;
      frm = FrmPayloadCipher.decrypt(key, Direction.DOWNLINK, devAddr, (int) full, frm);
    }
    List<MacCommand> commands;
    try {
      commands = MacCommandCodec.decode(Direction.DOWNLINK, mac.fPort() == 0 ? frm : opts);
    } catch (LorawanFormatException e) {
      throw new FrameRejectedException(FrameRejectedException.Reason.DECRYPT,
          "downlink MAC commands do not decode: " + e.getMessage());
    }
    FCtrl fCtrl = fhdr.fCtrl();
    boolean fPending = fCtrl instanceof FCtrl.Downlink d && d.fPending();
    return new DownlinkData(phy.mType().isConfirmed(), fCtrl.ack(), fPending, mac.fPort(), full,
        mac.fPort() == 0 ? new byte[0] : frm, commands);
  }

  /** The FCnt of the last confirmed downlink, for the ACK of the next uplink; -1 when none. */
  public long lastConfirmedFCntDown() {
    return lastConfirmedFCntDown;
  }
}
