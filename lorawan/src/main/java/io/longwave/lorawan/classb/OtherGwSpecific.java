package io.longwave.lorawan.classb;

import io.longwave.lorawan.Hex;
import io.longwave.lorawan.LorawanFormatException;
import java.util.Arrays;

/**
 * GwSpecific with an InfoDesc from 3 to 255, kept as its 6 raw Info bytes (LoRaWAN 1.0.4 §13.3,
 * LoRaWAN 1.1 §15.3: 3 is NetID | GatewayID, 4 to 127 are RFU, 128 to 255 network specific).
 * Immutable: the bytes are copied in and out.
 *
 * @param infoDesc 3 to 255
 * @param info the 6 Info bytes in frame order
 */
public record OtherGwSpecific(int infoDesc, byte[] info) implements GwSpecific {

  /** Validates and copies the fields. */
  public OtherGwSpecific {
    GwSpecific.requireByte(infoDesc);
    if (infoDesc <= GatewayCoordinates.MAX_ANTENNA) {
      throw new LorawanFormatException(
          "InfoDesc " + infoDesc + " holds gateway coordinates, use GatewayCoordinates");
    }
    if (info == null || info.length != INFO_SIZE) {
      throw new LorawanFormatException(
          "GwSpecific Info has 6 bytes, got " + (info == null ? "none" : info.length));
    }
    info = info.clone();
  }

  /** A copy of the 6 Info bytes. */
  @Override
  public byte[] info() {
    return info.clone();
  }

  @Override
  public void write(byte[] out, int off) {
    out[off] = (byte) infoDesc;
    System.arraycopy(info, 0, out, off + 1, INFO_SIZE);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OtherGwSpecific g && g.infoDesc == infoDesc && Arrays.equals(g.info, info);
  }

  @Override
  public int hashCode() {
    return 31 * infoDesc + Arrays.hashCode(info);
  }

  @Override
  public String toString() {
    return "OtherGwSpecific[infoDesc=" + infoDesc + ", info=" + Hex.encode(info) + "]";
  }
}
