package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.7 (also 1.0.4) NewChannelAns, uplink: the end-device's answer to a NewChannelReq
 * (Table 9).
 *
 * @param dataRateRangeOk bit 1, Data rate range ok: the DR range is within the end-device's
 *     possibilities
 * @param channelFrequencyOk bit 0, Channel frequency ok: the end-device can use the frequency
 * @param rfu the RFU bits 7:2 as received, in place (mask 0xfc), normally 0
 */
public record NewChannelAns(boolean dataRateRangeOk, boolean channelFrequencyOk, int rfu)
    implements StandardMacCommand {

  private static final int RFU_MASK = 0xfc;

  public NewChannelAns {
    MacFields.rfu("NewChannelAns", rfu, RFU_MASK);
  }

  /** With the RFU bits zero. */
  public NewChannelAns(boolean dataRateRangeOk, boolean channelFrequencyOk) {
    this(dataRateRangeOk, channelFrequencyOk, 0);
  }

  /** True when both bits are set: the end-device applied the request. */
  public boolean allOk() {
    return dataRateRangeOk && channelFrequencyOk;
  }

  @Override
  public Cid type() {
    return Cid.NEW_CHANNEL_ANS;
  }

  static NewChannelAns read(byte[] b, int offset) {
    int v = MacFields.u8(b, offset);
    return new NewChannelAns(MacFields.bit(v, 1), MacFields.bit(v, 0), v & RFU_MASK);
  }

  void write(byte[] b, int offset) {
    b[offset] =
        (byte) (MacFields.flag(dataRateRangeOk, 1) | MacFields.flag(channelFrequencyOk, 0) | rfu);
  }
}
