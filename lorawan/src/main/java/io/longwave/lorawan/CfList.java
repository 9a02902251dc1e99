package io.longwave.lorawan;

import java.util.Arrays;

/**
 * RP002-1.0.3 §2.x / RP002-1.0.5 §3.3 Join-accept CFList: 16 bytes, the last being CFListType.
 * Type 0 ({@link Channels}) lists up to five extra channel frequencies for dynamic-plan regions;
 * type 1 ({@link ChannelMasks}) carries channel masks for fixed-plan regions. Other types are
 * rejected. Immutable.
 */
public sealed interface CfList permits CfList.Channels, CfList.ChannelMasks {

  /** Encoded size in bytes. */
  int LENGTH = 16;

  /** The CFListType octet: 0 or 1. */
  int cfListType();

  /** Writes the 16 bytes at {@code offset}. */
  void write(byte[] b, int offset);

  /** The 16 bytes. */
  default byte[] encode() {
    byte[] b = new byte[LENGTH];
    write(b, 0);
    return b;
  }

  /** Decodes 16 bytes at {@code offset}. */
  static CfList decode(byte[] b, int offset) {
    if (b == null || offset < 0 || b.length - offset < LENGTH) {
      throw new LorawanFormatException("a CFList has 16 bytes");
    }
    int type = b[offset + 15] & 0xff;
    if (type == 0) {
      int[] f = new int[Channels.MAX];
      for (int i = 0; i < Channels.MAX; i++) {
        f[i] = Bytes.readUint24(b, offset + 3 * i) * 100;
      }
      return new Channels(f);
    }
    if (type == 1) {
      int[] m = new int[ChannelMasks.MAX];
      for (int i = 0; i < ChannelMasks.MAX; i++) {
        m[i] = Bytes.readUint16(b, offset + 2 * i);
      }
      return new ChannelMasks(m);
    }
    throw new LorawanFormatException("CFListType must be 0 (channels) or 1 (channel masks), got "
        + type);
  }

  /**
   * CFListType 0: frequencies of channels N to N+4, each 24 bits in units of 100 Hz. A frequency
   * of 0 means the channel is unused; trailing zeros are dropped so that equal lists compare
   * equal.
   *
   * @param frequenciesHz up to 5 frequencies in Hz, each 0 or a multiple of 100 up to 1677721500
   */
  record Channels(int[] frequenciesHz) implements CfList {

    /** Most frequencies a CFList holds. */
    public static final int MAX = 5;

    public Channels {
      if (frequenciesHz == null || frequenciesHz.length > MAX) {
        throw new LorawanFormatException("a CFList holds up to 5 frequencies, got "
            + (frequenciesHz == null ? "none" : frequenciesHz.length));
      }
      for (int f : frequenciesHz) {
        if (f < 0 || f % 100 != 0 || f / 100 > 0xffffff) {
          throw new LorawanFormatException(
              "a CFList frequency is a multiple of 100 Hz from 0 to 1677721500, got " + f);
        }
      }
      frequenciesHz = withoutTrailingZeros(frequenciesHz);
    }

    /** A copy of the frequencies. */
    @Override
    public int[] frequenciesHz() {
      return frequenciesHz.clone();
    }

    @Override
    public int cfListType() {
      return 0;
    }

    @Override
    public void write(byte[] b, int offset) {
      Arrays.fill(b, offset, offset + LENGTH, (byte) 0);
      for (int i = 0; i < frequenciesHz.length; i++) {
        Bytes.writeUint24(b, offset + 3 * i, frequenciesHz[i] / 100);
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Channels c && Arrays.equals(frequenciesHz, c.frequenciesHz);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(frequenciesHz);
    }

    @Override
    public String toString() {
      return "Channels" + Arrays.toString(frequenciesHz);
    }
  }

  /**
   * CFListType 1: 16-bit channel masks, ChMask0 first (bit 0 of ChMask0 is channel 0), each
   * little-endian, then RFU up to the type octet. US915 and AU915 use five masks (72 channels),
   * CN470 six; up to seven fit. Trailing all-zero masks are dropped so that equal lists compare
   * equal; the RFU byte is written as zero and ignored when read.
   *
   * @param chMasks up to 7 masks, each 0 to 0xffff
   */
  record ChannelMasks(int[] chMasks) implements CfList {

    /** Most masks a CFList holds (14 of its 15 content bytes). */
    public static final int MAX = 7;

    public ChannelMasks {
      if (chMasks == null || chMasks.length > MAX) {
        throw new LorawanFormatException("a CFList holds up to 7 channel masks, got "
            + (chMasks == null ? "none" : chMasks.length));
      }
      for (int m : chMasks) {
        if (m < 0 || m > 0xffff) {
          throw new LorawanFormatException("a channel mask has 16 bits, got " + m);
        }
      }
      chMasks = withoutTrailingZeros(chMasks);
    }

    /** A copy of the masks. */
    @Override
    public int[] chMasks() {
      return chMasks.clone();
    }

    /** True when channel {@code channel} (0 is bit 0 of ChMask0) is enabled. */
    public boolean isEnabled(int channel) {
      int i = channel >>> 4;
      return channel >= 0 && i < chMasks.length && (chMasks[i] & (1 << (channel & 15))) != 0;
    }

    @Override
    public int cfListType() {
      return 1;
    }

    @Override
    public void write(byte[] b, int offset) {
      Arrays.fill(b, offset, offset + LENGTH, (byte) 0);
      for (int i = 0; i < chMasks.length; i++) {
        Bytes.writeUint16(b, offset + 2 * i, chMasks[i]);
      }
      b[offset + 15] = 1;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ChannelMasks c && Arrays.equals(chMasks, c.chMasks);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(chMasks);
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("ChannelMasks[");
      for (int i = 0; i < chMasks.length; i++) {
        s.append(i == 0 ? "" : ", ").append(Integer.toHexString(chMasks[i]));
      }
      return s.append(']').toString();
    }
  }

  private static int[] withoutTrailingZeros(int[] values) {
    int n = values.length;
    while (n > 0 && values[n - 1] == 0) {
      n--;
    }
    return Arrays.copyOf(values, n);
  }
}
