package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.7 (also 1.0.4) DlChannelReq, downlink: the network moves the RX1 downlink
 * frequency of a channel away from its uplink frequency. Payload: ChIndex, Freq (24 bits
 * little-endian, in 100 Hz).
 *
 * @param chIndex the ChIndex, 0 to 255
 * @param frequencyHz the RX1 downlink frequency in Hz, a multiple of 100 up to (2^24 - 1) * 100
 */
public record DlChannelReq(int chIndex, int frequencyHz) implements StandardMacCommand {

  public DlChannelReq {
    MacFields.range("DlChannelReq", "ChIndex", chIndex, 0, 255);
    MacFields.frequency("DlChannelReq", frequencyHz);
  }

  @Override
  public Cid type() {
    return Cid.DL_CHANNEL_REQ;
  }

  static DlChannelReq read(byte[] b, int offset) {
    return new DlChannelReq(MacFields.u8(b, offset), MacFields.frequencyAt(b, offset + 1));
  }

  void write(byte[] b, int offset) {
    b[offset] = (byte) chIndex;
    MacFields.putFrequency(b, offset + 1, frequencyHz);
  }
}
