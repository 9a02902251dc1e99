package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.7 (also 1.0.4) NewChannelReq, downlink: the network creates, changes or disables
 * an uplink channel. Payload: ChIndex, Freq (24 bits little-endian, in 100 Hz; 0 disables the
 * channel), DrRange (MaxDR bits 7:4, MinDR bits 3:0).
 *
 * @param chIndex the ChIndex, 0 to 255
 * @param frequencyHz the channel frequency in Hz, a multiple of 100 up to (2^24 - 1) * 100; 0
 *     disables the channel
 * @param maxDr the MaxDR, 0 to 15
 * @param minDr the MinDR, 0 to 15
 */
public record NewChannelReq(int chIndex, int frequencyHz, int maxDr, int minDr)
    implements StandardMacCommand {

  private static final String NAME = "NewChannelReq";

  public NewChannelReq {
    MacFields.range(NAME, "ChIndex", chIndex, 0, 255);
    MacFields.frequency(NAME, frequencyHz);
    MacFields.range(NAME, "MaxDR", maxDr, 0, 15);
    MacFields.range(NAME, "MinDR", minDr, 0, 15);
  }

  /** True when this request disables the channel (frequency 0). */
  public boolean disablesChannel() {
    return frequencyHz == 0;
  }

  @Override
  public Cid type() {
    return Cid.NEW_CHANNEL_REQ;
  }

  static NewChannelReq read(byte[] b, int offset) {
    int dr = MacFields.u8(b, offset + 4);
    return new NewChannelReq(
        MacFields.u8(b, offset), MacFields.frequencyAt(b, offset + 1), dr >>> 4, dr & 0x0f);
  }

  void write(byte[] b, int offset) {
    b[offset] = (byte) chIndex;
    MacFields.putFrequency(b, offset + 1, frequencyHz);
    b[offset + 4] = (byte) (maxDr << 4 | minDr);
  }
}
