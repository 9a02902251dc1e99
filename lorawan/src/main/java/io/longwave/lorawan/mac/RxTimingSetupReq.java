package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.8 (also 1.0.4) RXTimingSetupReq, downlink: the network sets the delay between the
 * end of an uplink and the RX1 window. Payload Settings: RFU bits 7:4, Del bits 3:0; the delay is
 * Del seconds, and Del 0 also means 1 second (Table 11).
 *
 * @param delay the Del field, 0 to 15
 * @param rfu the RFU bits 7:4 as received, in place (mask 0xf0), normally 0
 */
public record RxTimingSetupReq(int delay, int rfu) implements StandardMacCommand {

  private static final int RFU_MASK = 0xf0;

  public RxTimingSetupReq {
    MacFields.range("RXTimingSetupReq", "Del", delay, 0, 15);
    MacFields.rfu("RXTimingSetupReq", rfu, RFU_MASK);
  }

  /** With the RFU bits zero. */
  public RxTimingSetupReq(int delay) {
    this(delay, 0);
  }

  /** The RX1 delay in seconds, 1 to 15. */
  public int rx1DelaySeconds() {
    return delay == 0 ? 1 : delay;
  }

  @Override
  public Cid type() {
    return Cid.RX_TIMING_SETUP_REQ;
  }

  static RxTimingSetupReq read(byte[] b, int offset) {
    int v = MacFields.u8(b, offset);
    return new RxTimingSetupReq(v & 0x0f, v & RFU_MASK);
  }

  void write(byte[] b, int offset) {
    b[offset] = (byte) (rfu | delay);
  }
}
