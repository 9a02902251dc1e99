package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.5 (also 1.0.4) RXParamSetupReq, downlink: the network changes the RX2 frequency
 * and data rate and the RX1 data rate offset. Payload: DLsettings (RFU bit 7, RX1DRoffset bits 6:4,
 * RX2DataRate bits 3:0), then Frequency (24 bits little-endian, in 100 Hz).
 *
 * @param rx1DrOffset the RX1DRoffset, 0 to 7
 * @param rx2DataRate the RX2DataRate index, 0 to 15
 * @param frequencyHz the RX2 frequency in Hz, a multiple of 100 up to (2^24 - 1) * 100
 * @param rfu the RFU bit 7 of DLsettings as received, in place (mask 0x80), normally 0
 */
public record RxParamSetupReq(int rx1DrOffset, int rx2DataRate, int frequencyHz, int rfu)
    implements StandardMacCommand {

  private static final String NAME = "RXParamSetupReq";
  private static final int RFU_MASK = 0x80;

  public RxParamSetupReq {
    MacFields.range(NAME, "RX1DRoffset", rx1DrOffset, 0, 7);
    MacFields.range(NAME, "RX2DataRate", rx2DataRate, 0, 15);
    MacFields.frequency(NAME, frequencyHz);
    MacFields.rfu(NAME, rfu, RFU_MASK);
  }

  /** With the RFU bit zero. */
  public RxParamSetupReq(int rx1DrOffset, int rx2DataRate, int frequencyHz) {
    this(rx1DrOffset, rx2DataRate, frequencyHz, 0);
  }

  @Override
  public Cid type() {
    return Cid.RX_PARAM_SETUP_REQ;
  }

  static RxParamSetupReq read(byte[] b, int offset) {
    int dl = MacFields.u8(b, offset);
    return new RxParamSetupReq(
        (dl >>> 4) & 0x07, dl & 0x0f, MacFields.frequencyAt(b, offset + 1), dl & RFU_MASK);
  }

  void write(byte[] b, int offset) {
    b[offset] = (byte) (rfu | rx1DrOffset << 4 | rx2DataRate);
    MacFields.putFrequency(b, offset + 1, frequencyHz);
  }
}
