package io.longwave.lorawan.mac;

import io.longwave.lorawan.Hex;
import io.longwave.lorawan.LorawanFormatException;
import java.util.Arrays;

/**
 * A proprietary MAC command, CID 0x80 to 0xFF. LoRaWAN 1.1 §5 Table 4 reserves these CIDs for
 * network-specific extensions without saying how long their payload is, so the decoder gives a
 * proprietary command the whole rest of the buffer. Immutable: the payload is copied in and out.
 *
 * @param cid the CID, 0x80 to 0xFF
 * @param payload the octets after the CID
 */
public record Proprietary(int cid, byte[] payload) implements MacCommand {

  public Proprietary {
    if (cid < 0x80 || cid > 0xff) {
      throw new LorawanFormatException(
          "a proprietary MAC command has a CID from 0x80 to 0xff, got " + cid);
    }
    if (payload == null) {
      throw new LorawanFormatException("proprietary MAC command payload is missing");
    }
    payload = payload.clone();
  }

  /** A copy of the payload. */
  @Override
  public byte[] payload() {
    return payload.clone();
  }

  @Override
  public int payloadLength() {
    return payload.length;
  }

  void write(byte[] out, int offset) {
    System.arraycopy(payload, 0, out, offset, payload.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Proprietary p && p.cid == cid && Arrays.equals(p.payload, payload);
  }

  @Override
  public int hashCode() {
    return 31 * cid + Arrays.hashCode(payload);
  }

  @Override
  public String toString() {
    return "Proprietary[cid=0x"
        + Integer.toHexString(cid)
        + ", payload="
        + Hex.encode(payload)
        + "]";
  }
}
