package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §14.3 (Class B) PingSlotChannelAns, uplink: the end-device's answer to a
 * PingSlotChannelReq.
 *
 * @param dataRateOk bit 1, Data rate ok: the data rate is usable by the end-device
 * @param channelFrequencyOk bit 0, Channel frequency ok: the end-device can receive on the
 *     frequency
 * @param rfu the RFU bits 7:2 as received, in place (mask 0xfc), normally 0
 */
public record PingSlotChannelAns(boolean dataRateOk, boolean channelFrequencyOk, int rfu)
    implements StandardMacCommand {

  private static final int RFU_MASK = 0xfc;

  public PingSlotChannelAns {
    MacFields.rfu("PingSlotChannelAns", rfu, RFU_MASK);
  }

  /** With the RFU bits zero. */
  public PingSlotChannelAns(boolean dataRateOk, boolean channelFrequencyOk) {
    this(dataRateOk, channelFrequencyOk, 0);
  }

  /** True when both bits are set: the end-device applied the request. */
  public boolean allOk() {
    return dataRateOk && channelFrequencyOk;
  }

  @Override
  public Cid type() {
    return Cid.PING_SLOT_CHANNEL_ANS;
  }

  static PingSlotChannelAns read(byte[] b, int offset) {
    int v = MacFields.u8(b, offset);
    return new PingSlotChannelAns(MacFields.bit(v, 1), MacFields.bit(v, 0), v & RFU_MASK);
  }

  void write(byte[] b, int offset) {
    b[offset] =
        (byte) (MacFields.flag(dataRateOk, 1) | MacFields.flag(channelFrequencyOk, 0) | rfu);
  }
}
