package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §14.3 (Class B) PingSlotChannelReq, downlink: the network sets the frequency and data
 * rate of the end-device's ping slots. Payload: Frequency (24 bits little-endian, in 100 Hz; 0
 * means the default frequency plan), DR (RFU bits 7:4, data rate bits 3:0).
 *
 * @param frequencyHz the ping slot frequency in Hz, a multiple of 100 up to (2^24 - 1) * 100; 0 for
 *     the default plan
 * @param dr the data rate index, 0 to 15
 * @param rfu the RFU bits 7:4 of the DR octet as received, in place (mask 0xf0), normally 0
 */
public record PingSlotChannelReq(int frequencyHz, int dr, int rfu) implements StandardMacCommand {

  private static final int RFU_MASK = 0xf0;

  public PingSlotChannelReq {
    MacFields.frequency("PingSlotChannelReq", frequencyHz);
    MacFields.range("PingSlotChannelReq", "data rate", dr, 0, 15);
    MacFields.rfu("PingSlotChannelReq", rfu, RFU_MASK);
  }

  /** With the RFU bits zero. */
  public PingSlotChannelReq(int frequencyHz, int dr) {
    this(frequencyHz, dr, 0);
  }

  @Override
  public Cid type() {
    return Cid.PING_SLOT_CHANNEL_REQ;
  }

  static PingSlotChannelReq read(byte[] b, int offset) {
    int v = MacFields.u8(b, offset + 3);
    return new PingSlotChannelReq(MacFields.frequencyAt(b, offset), v & 0x0f, v & RFU_MASK);
  }

  void write(byte[] b, int offset) {
    MacFields.putFrequency(b, offset, frequencyHz);
    b[offset + 3] = (byte) (rfu | dr);
  }
}
