package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.7 (also 1.0.4) DlChannelAns, uplink: the end-device's answer to a DlChannelReq
 * (Table 10).
 *
 * @param uplinkFrequencyExists bit 1, Uplink frequency exists: the uplink frequency of the channel
 *     is defined
 * @param channelFrequencyOk bit 0, Channel frequency ok: the end-device can use the frequency
 * @param rfu the RFU bits 7:2 as received, in place (mask 0xfc), normally 0
 */
public record DlChannelAns(boolean uplinkFrequencyExists, boolean channelFrequencyOk, int rfu)
    implements StandardMacCommand {

  private static final int RFU_MASK = 0xfc;

  public DlChannelAns {
    MacFields.rfu("DlChannelAns", rfu, RFU_MASK);
  }

  /** With the RFU bits zero. */
  public DlChannelAns(boolean uplinkFrequencyExists, boolean channelFrequencyOk) {
    this(uplinkFrequencyExists, channelFrequencyOk, 0);
  }

  /** True when both bits are set: the end-device applied the request. */
  public boolean allOk() {
    return uplinkFrequencyExists && channelFrequencyOk;
  }

  @Override
  public Cid type() {
    return Cid.DL_CHANNEL_ANS;
  }

  static DlChannelAns read(byte[] b, int offset) {
    int v = MacFields.u8(b, offset);
    return new DlChannelAns(MacFields.bit(v, 1), MacFields.bit(v, 0), v & RFU_MASK);
  }

  void write(byte[] b, int offset) {
    b[offset] =
        (byte)
            (MacFields.flag(uplinkFrequencyExists, 1)
                | MacFields.flag(channelFrequencyOk, 0)
                | rfu);
  }
}
