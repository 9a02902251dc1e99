package io.longwave.lorawan;

import java.util.Arrays;

/**
 * LoRaWAN 1.1 §4.3.1 Frame header (FHDR): DevAddr (4 bytes), FCtrl (1), FCnt (2), FOpts (0 to
 * 15). FOpts stays raw bytes here (possibly encrypted, LoRaWAN 1.1 §4.3.1.6); the MAC-command
 * codec in {@code io.longwave.lorawan.mac} reads them. Immutable: arrays are copied in and out.
 *
 * @param devAddr the end-device address
 * @param fCtrl frame control; its FOptsLen must equal {@code fOpts.length}
 * @param fCnt the 16 low bits of the frame counter, as sent (see {@link FrameCounter})
 * @param fOpts the FOpts bytes, at most 15
 */
public record Fhdr(DevAddr devAddr, FCtrl fCtrl, int fCnt, byte[] fOpts) {

  /** Bytes of an FHDR without FOpts. */
  public static final int MIN_LENGTH = 7;

  public Fhdr {
    if (devAddr == null || fCtrl == null || fOpts == null) {
      throw new LorawanFormatException("an FHDR needs a DevAddr, an FCtrl and FOpts (maybe empty)");
    }
    if (fCnt < 0 || fCnt > 0xffff) {
      throw new LorawanFormatException("FCnt on air has 16 bits, got " + fCnt);
    }
    if (fOpts.length > 15) {
      throw new LorawanFormatException("FOpts has at most 15 bytes, got " + fOpts.length);
    }
    if (fCtrl.fOptsLen() != fOpts.length) {
      throw new LorawanFormatException(
          "FOptsLen is " + fCtrl.fOptsLen() + " but FOpts has " + fOpts.length + " bytes");
    }
    fOpts = Bytes.copy(fOpts);
  }

  /** An FHDR whose FCtrl FOptsLen is set from {@code fOpts}. */
  public static Fhdr of(DevAddr devAddr, FCtrl fCtrl, int fCnt, byte[] fOpts) {
    if (fCtrl == null || fOpts == null) {
      throw new LorawanFormatException("an FHDR needs an FCtrl and FOpts (maybe empty)");
    }
    if (fOpts.length > 15) {
      throw new LorawanFormatException("FOpts has at most 15 bytes, got " + fOpts.length);
    }
    return new Fhdr(devAddr, fCtrl.withFOptsLen(fOpts.length), fCnt, fOpts);
  }

  /** A copy of the FOpts bytes. */
  @Override
  public byte[] fOpts() {
    return Bytes.copy(fOpts);
  }

  /** The number of FOpts bytes, without copying them. */
  public int fOptsLength() {
    return fOpts.length;
  }

  /** Encoded size in bytes: 7 plus FOpts. */
  public int length() {
    return MIN_LENGTH + fOpts.length;
  }

  /** Writes the FHDR at {@code offset}; returns the offset after it. */
  int write(byte[] b, int offset) {
    Bytes.writeDevAddr(b, offset, devAddr);
    b[offset + 4] = fCtrl.encode();
    Bytes.writeUint16(b, offset + 5, fCnt);
    System.arraycopy(fOpts, 0, b, offset + MIN_LENGTH, fOpts.length);
    return offset + MIN_LENGTH + fOpts.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fhdr f
        && fCnt == f.fCnt
        && devAddr.equals(f.devAddr)
        && fCtrl.equals(f.fCtrl)
        && Arrays.equals(fOpts, f.fOpts);
  }

  @Override
  public int hashCode() {
    return ((devAddr.hashCode() * 31 + fCtrl.hashCode()) * 31 + fCnt) * 31
        + Arrays.hashCode(fOpts);
  }

  @Override
  public String toString() {
    return "Fhdr[devAddr=" + devAddr + ", fCtrl=" + fCtrl + ", fCnt=" + fCnt
        + ", fOpts=" + Hex.encode(fOpts) + "]";
  }
}
