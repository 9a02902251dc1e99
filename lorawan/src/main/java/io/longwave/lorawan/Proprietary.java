package io.longwave.lorawan;

import java.util.Arrays;

/**
 * LoRaWAN 1.1 §4.2.1 Proprietary message (MType 111): a format private to the parties. Every
 * byte after the MHDR belongs to it; as in ChirpStack, no MIC is split off. Immutable: arrays are
 * copied in and out.
 *
 * @param bytes the bytes after the MHDR, possibly empty
 */
public record Proprietary(byte[] bytes) implements Payload {

  public Proprietary {
    if (bytes == null) {
      throw new LorawanFormatException("a proprietary payload needs its bytes (maybe empty)");
    }
    bytes = Bytes.copy(bytes);
  }

  /** A copy of the bytes. */
  @Override
  public byte[] bytes() {
    return Bytes.copy(bytes);
  }

  @Override
  public int length() {
    return bytes.length;
  }

  @Override
  public int write(byte[] b, int offset) {
    System.arraycopy(bytes, 0, b, offset, bytes.length);
    return offset + bytes.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Proprietary p && Arrays.equals(bytes, p.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Proprietary[" + Hex.encode(bytes) + "]";
  }
}
