package io.longwave.lorawan;

import java.util.Arrays;

/**
 * LoRaWAN 1.1 §4.3 MAC payload of data messages (MACPayload): FHDR, then the optional FPort and
 * FRMPayload. FRMPayload stays raw (encrypted on air); with FPort 0 it holds MAC commands.
 *
 * <p>Rules checked here: a non-empty FRMPayload needs an FPort (§4.3.1.6 / §4.3.2); FOpts and
 * FPort 0 together are invalid (§4.3.1.6). An FPort without FRMPayload is accepted, as the
 * encoding allows it. Immutable: arrays are copied in and out.
 *
 * @param fhdr the frame header
 * @param fPort 0 to 255, or {@link #NO_F_PORT} when absent
 * @param frmPayload the FRMPayload bytes, empty when absent
 */
public record MacPayload(Fhdr fhdr, int fPort, byte[] frmPayload) implements Payload {

  /** The {@link #fPort} value of a MACPayload without FPort. */
  public static final int NO_F_PORT = -1;

  public MacPayload {
    if (fhdr == null || frmPayload == null) {
      throw new LorawanFormatException(
          "a MACPayload needs an FHDR and an FRMPayload (maybe empty)");
    }
    if (fPort < NO_F_PORT || fPort > 255) {
      throw new LorawanFormatException("FPort is 0 to 255, got " + fPort);
    }
    if (fPort == NO_F_PORT && frmPayload.length > 0) {
      throw new LorawanFormatException(
          "FRMPayload of " + frmPayload.length + " bytes needs an FPort, but none is present");
    }
    if (fPort == 0 && fhdr.fOptsLength() > 0) {
      throw new LorawanFormatException(
          "FPort 0 (MAC commands in FRMPayload) must not come with FOpts, got "
              + fhdr.fOptsLength() + " FOpts bytes");
    }
    frmPayload = Bytes.copy(frmPayload);
  }

  /** A MACPayload with only an FHDR: no FPort, no FRMPayload. */
  public static MacPayload of(Fhdr fhdr) {
    return new MacPayload(fhdr, NO_F_PORT, Bytes.EMPTY);
  }

  /** A MACPayload with FPort and FRMPayload. */
  public static MacPayload of(Fhdr fhdr, int fPort, byte[] frmPayload) {
    if (fPort == NO_F_PORT) {
      throw new LorawanFormatException("FPort is 0 to 255, got " + fPort);
    }
    return new MacPayload(fhdr, fPort, frmPayload);
  }

  /**
   * Decodes {@code length} bytes at {@code offset}, reading FCtrl with the meaning of the
   * direction.
   */
  static MacPayload decode(byte[] b, int offset, int length, boolean uplink) {
    if (length < Fhdr.MIN_LENGTH) {
      throw new LorawanFormatException(
          "a MACPayload needs at least 7 bytes (FHDR), got " + length);
    }
    DevAddr devAddr = DevAddr.fromLittleEndian(b, offset);
    FCtrl fCtrl = FCtrl.decode(b[offset + 4], uplink);
    int fCnt = Bytes.readUint16(b, offset + 5);
    int fOptsLen = fCtrl.fOptsLen();
    int fhdrLength = Fhdr.MIN_LENGTH + fOptsLen;
    if (length < fhdrLength) {
      throw new LorawanFormatException("FOptsLen is " + fOptsLen + " but only "
          + (length - Fhdr.MIN_LENGTH) + " bytes follow FCnt before the MIC");
    }
    Fhdr fhdr = new Fhdr(devAddr, fCtrl, fCnt, Bytes.copy(b, offset + Fhdr.MIN_LENGTH, fOptsLen));
    if (length == fhdrLength) {
      return new MacPayload(fhdr, NO_F_PORT, Bytes.EMPTY);
    }
    int fPort = b[offset + fhdrLength] & 0xff;
    int frmLength = length - fhdrLength - 1;
    return new MacPayload(fhdr, fPort, Bytes.copy(b, offset + fhdrLength + 1, frmLength));
  }

  /** True when FPort is present. */
  public boolean hasFPort() {
    return fPort != NO_F_PORT;
  }

  /** A copy of the FRMPayload bytes (empty when absent). */
  @Override
  public byte[] frmPayload() {
    return Bytes.copy(frmPayload);
  }

  /** The number of FRMPayload bytes, without copying them. */
  public int frmPayloadLength() {
    return frmPayload.length;
  }

  @Override
  public int length() {
    return fhdr.length() + (hasFPort() ? 1 : 0) + frmPayload.length;
  }

  @Override
  public int write(byte[] b, int offset) {
    int p = fhdr.write(b, offset);
    if (hasFPort()) {
      b[p++] = (byte) fPort;
    }
    System.arraycopy(frmPayload, 0, b, p, frmPayload.length);
    return p + frmPayload.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MacPayload m
        && fPort == m.fPort
        && fhdr.equals(m.fhdr)
        && Arrays.equals(frmPayload, m.frmPayload);
  }

  @Override
  public int hashCode() {
    return (fhdr.hashCode() * 31 + fPort) * 31 + Arrays.hashCode(frmPayload);
  }

  @Override
  public String toString() {
    return "MacPayload[fhdr=" + fhdr + ", fPort=" + (hasFPort() ? String.valueOf(fPort) : "none")
        + ", frmPayload=" + Hex.encode(frmPayload) + "]";
  }
}
