package io.longwave.lorawan.crypto;

import io.longwave.lorawan.Direction;
import io.longwave.lorawan.LorawanFormatException;
import java.util.Objects;

/**
 * The MIC of data frames (LoRaWAN 1.0.4 §4.4, LoRaWAN 1.1 §4.4), computed over {@code msg = MHDR |
 * FHDR | FPort | FRMPayload} (the PHYPayload without its MIC, FRMPayload and, in 1.1, FOpts already
 * encrypted) behind a B0 (and for 1.1 uplinks a B1) block. The DevAddr and the FCtrl ACK bit are
 * read from {@code msg}; the caller supplies the full 32-bit frame counter, of which only the 16
 * low bits travel in the FHDR.
 *
 * <p>LoRaWAN 1.1 ConfFCnt: when the frame's ACK bit is set it is the counter of the confirmed frame
 * being acknowledged (modulo 2^16), otherwise 0; these functions apply that rule themselves, so
 * {@code confFCnt} may always be passed. LoRaWAN 1.0 downlinks never use it.
 *
 * <p>The compute functions take {@code msg}; the check functions take the whole PHYPayload with its
 * MIC in the last four bytes. Neither allocates. Thread-safety: that of the key contexts.
 *
 * <p>Every method throws {@link LorawanFormatException} when {@code msg} is shorter than MHDR and
 * FHDR (8 bytes), longer than 255 bytes or outside its array, or when TxDr or TxCh is not a byte.
 */
public final class DataMic {

  private static final int MIN_MSG = 8;
  private static final int MAX_MSG = 255;
  private static final int FCTRL_ACK = 0x20;

  private DataMic() {}

  /** LoRaWAN 1.0 uplink MIC with the NwkSKey. */
  public static int uplinkLorawan10(AesKeyContext nwkSKey, byte[] msg, int off, int len, int fCnt) {
    requireMsg(msg, off, len);
    return cmacB0(nwkSKey, Direction.UPLINK, 0, msg, off, len, fCnt);
  }

  /** LoRaWAN 1.0 downlink MIC with the NwkSKey. */
  public static int downlinkLorawan10(
      AesKeyContext nwkSKey, byte[] msg, int off, int len, int fCnt) {
    requireMsg(msg, off, len);
    return cmacB0(nwkSKey, Direction.DOWNLINK, 0, msg, off, len, fCnt);
  }

  /**
   * LoRaWAN 1.1 uplink MIC: cmacS = CMAC(SNwkSIntKey, B1 | msg), cmacF = CMAC(FNwkSIntKey, B0 |
   * msg), MIC = cmacS[0..1] | cmacF[0..1].
   *
   * @param confFCnt the counter of the acknowledged downlink (used only when ACK is set)
   * @param txDr the data rate index of this uplink
   * @param txCh the channel index of this uplink
   */
  public static int uplinkLorawan11(
      AesKeyContext sNwkSIntKey,
      AesKeyContext fNwkSIntKey,
      byte[] msg,
      int off,
      int len,
      int fCnt,
      int confFCnt,
      int txDr,
      int txCh) {
    requireMsg(msg, off, len);
    Slices.requireRange(txDr, 0xff, "TxDr");
    Slices.requireRange(txCh, 0xff, "TxCh");
    Objects.requireNonNull(sNwkSIntKey, "sNwkSIntKey");
    byte[] b1 = sNwkSIntKey.block;
    fillB0(b1, Direction.UPLINK, ackedCount(msg, off, confFCnt), msg, off, len, fCnt);
    b1[3] = (byte) txDr;
    b1[4] = (byte) txCh;
    int cmacS = sNwkSIntKey.cmacHead(b1, AesKeyContext.BLOCK_SIZE, msg, off, len);
    int cmacF = cmacB0(fNwkSIntKey, Direction.UPLINK, 0, msg, off, len, fCnt);
    return (cmacS & 0xffff0000) | (cmacF >>> 16);
  }

  /** LoRaWAN 1.1 downlink MIC with the SNwkSIntKey; {@code confFCnt} is the acknowledged FCntUp. */
  public static int downlinkLorawan11(
      AesKeyContext sNwkSIntKey, byte[] msg, int off, int len, int fCnt, int confFCnt) {
    requireMsg(msg, off, len);
    int conf = ackedCount(msg, off, confFCnt);
    return cmacB0(sNwkSIntKey, Direction.DOWNLINK, conf, msg, off, len, fCnt);
  }

  /** Checks the MIC at the end of a LoRaWAN 1.0 uplink {@code phyPayload}. */
  public static boolean checkUplinkLorawan10(
      AesKeyContext nwkSKey, byte[] phyPayload, int off, int len, int fCnt) {
    int msgLen = requirePhy(phyPayload, off, len);
    return uplinkLorawan10(nwkSKey, phyPayload, off, msgLen, fCnt)
        == Mic.get(phyPayload, off + msgLen);
  }

  /** Checks the MIC at the end of a LoRaWAN 1.0 downlink {@code phyPayload}. */
  public static boolean checkDownlinkLorawan10(
      AesKeyContext nwkSKey, byte[] phyPayload, int off, int len, int fCnt) {
    int msgLen = requirePhy(phyPayload, off, len);
    return downlinkLorawan10(nwkSKey, phyPayload, off, msgLen, fCnt)
        == Mic.get(phyPayload, off + msgLen);
  }

  /** Checks the MIC at the end of a LoRaWAN 1.1 uplink {@code phyPayload}. */
  public static boolean checkUplinkLorawan11(
      AesKeyContext sNwkSIntKey,
      AesKeyContext fNwkSIntKey,
      byte[] phyPayload,
      int off,
      int len,
      int fCnt,
      int confFCnt,
      int txDr,
      int txCh) {
    int msgLen = requirePhy(phyPayload, off, len);
    int mic =
        uplinkLorawan11(
            sNwkSIntKey, fNwkSIntKey, phyPayload, off, msgLen, fCnt, confFCnt, txDr, txCh);
    return mic == Mic.get(phyPayload, off + msgLen);
  }

  /**
   * Checks only the cmacF half (the last two MIC bytes) of a LoRaWAN 1.1 uplink: what a network
   * holding the FNwkSIntKey but not the SNwkSIntKey can verify (roaming forwarder).
   */
  public static boolean checkUplinkLorawan11CmacF(
      AesKeyContext fNwkSIntKey, byte[] phyPayload, int off, int len, int fCnt) {
    int msgLen = requirePhy(phyPayload, off, len);
    int cmacF = cmacB0(fNwkSIntKey, Direction.UPLINK, 0, phyPayload, off, msgLen, fCnt);
    return (cmacF >>> 16) == (Mic.get(phyPayload, off + msgLen) & 0xffff);
  }

  /** Checks the MIC at the end of a LoRaWAN 1.1 downlink {@code phyPayload}. */
  public static boolean checkDownlinkLorawan11(
      AesKeyContext sNwkSIntKey, byte[] phyPayload, int off, int len, int fCnt, int confFCnt) {
    int msgLen = requirePhy(phyPayload, off, len);
    return downlinkLorawan11(sNwkSIntKey, phyPayload, off, msgLen, fCnt, confFCnt)
        == Mic.get(phyPayload, off + msgLen);
  }

  private static int cmacB0(
      AesKeyContext key, Direction dir, int confFCnt, byte[] msg, int off, int len, int fCnt) {
    Objects.requireNonNull(key, "key");
    byte[] b0 = key.block;
    fillB0(b0, dir, confFCnt, msg, off, len, fCnt);
    return key.cmacHead(b0, AesKeyContext.BLOCK_SIZE, msg, off, len);
  }

  /** 0x49 | ConfFCnt (2) | 0x00 0x00 | Dir | DevAddr (4, as on air) | FCnt (4) | 0x00 | len. */
  private static void fillB0(
      byte[] b, Direction dir, int confFCnt, byte[] msg, int off, int len, int fCnt) {
    b[0] = 0x49;
    b[1] = (byte) confFCnt;
    b[2] = (byte) (confFCnt >>> 8);
    b[3] = 0;
    b[4] = 0;
    b[5] = (byte) dir.dir();
    b[6] = msg[off + 1];
    b[7] = msg[off + 2];
    b[8] = msg[off + 3];
    b[9] = msg[off + 4];
    b[10] = (byte) fCnt;
    b[11] = (byte) (fCnt >>> 8);
    b[12] = (byte) (fCnt >>> 16);
    b[13] = (byte) (fCnt >>> 24);
    b[14] = 0;
    b[15] = (byte) len;
  }

  /** ConfFCnt as used in B0/B1: the 16 low bits when the FCtrl ACK bit is set, else 0. */
  private static int ackedCount(byte[] msg, int off, int confFCnt) {
    return (msg[off + 5] & FCTRL_ACK) != 0 ? confFCnt & 0xffff : 0;
  }

  private static void requireMsg(byte[] msg, int off, int len) {
    Slices.require(msg, off, len, "data frame");
    if (len < MIN_MSG || len > MAX_MSG) {
      throw new LorawanFormatException(
          "a data frame without its MIC has 8 to 255 bytes (MHDR and FHDR at least), got " + len);
    }
  }

  /** Checks a PHYPayload slice and returns the length of its part before the MIC. */
  private static int requirePhy(byte[] phy, int off, int len) {
    Slices.require(phy, off, len, "data PHYPayload");
    if (len < MIN_MSG + Mic.LENGTH || len > MAX_MSG + Mic.LENGTH) {
      throw new LorawanFormatException(
          "a data PHYPayload has 12 to 259 bytes (MHDR, FHDR and MIC at least), got " + len);
    }
    return len - Mic.LENGTH;
  }
}
