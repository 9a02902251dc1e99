package io.longwave.lorawan.mac;

import io.longwave.lorawan.Hex;
import io.longwave.lorawan.LorawanFormatException;
import java.util.Arrays;

/**
 * The unparsed rest of a MAC command buffer that starts with a CID (0x00 to 0x7f) not defined for
 * its direction. LoRaWAN 1.1 §5: the length of a command is only known from its CID, so the first
 * unknown command ends the processing of the sequence. The decoder keeps what it could not parse
 * here instead of failing. Immutable: the bytes are copied in and out.
 *
 * @param cid the unknown CID, 0x00 to 0x7f
 * @param rest the octets after that CID up to the end of the buffer
 */
public record Unknown(int cid, byte[] rest) implements MacCommand {

  public Unknown {
    if (cid < 0 || cid > 0x7f) {
      throw new LorawanFormatException(
          "an unknown MAC command has a CID from 0x00 to 0x7f, got " + cid);
    }
    if (rest == null) {
      throw new LorawanFormatException("unknown MAC command bytes are missing");
    }
    rest = rest.clone();
  }

  /** A copy of the octets after the CID. */
  @Override
  public byte[] rest() {
    return rest.clone();
  }

  @Override
  public int payloadLength() {
    return rest.length;
  }

  void write(byte[] out, int offset) {
    System.arraycopy(rest, 0, out, offset, rest.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Unknown u && u.cid == cid && Arrays.equals(u.rest, rest);
  }

  @Override
  public int hashCode() {
    return 31 * cid + Arrays.hashCode(rest);
  }

  @Override
  public String toString() {
    return "Unknown[cid=0x" + Integer.toHexString(cid) + ", rest=" + Hex.encode(rest) + "]";
  }
}
