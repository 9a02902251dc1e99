package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §14.1 (Class B) PingSlotInfoReq, uplink: the end-device tells the network its unicast
 * ping slot periodicity. Payload PingSlotParam: RFU bits 7:3, Periodicity bits 2:0; pingNb = 2^(7 -
 * Periodicity) slots per beacon period, pingPeriod = 2^(5 + Periodicity) slots.
 *
 * @param periodicity the Periodicity, 0 to 7 (a ping slot about every 2^Periodicity seconds)
 * @param rfu the RFU bits 7:3 as received, in place (mask 0xf8), normally 0
 */
public record PingSlotInfoReq(int periodicity, int rfu) implements StandardMacCommand {

  private static final int RFU_MASK = 0xf8;

  public PingSlotInfoReq {
    MacFields.range("PingSlotInfoReq", "Periodicity", periodicity, 0, 7);
    MacFields.rfu("PingSlotInfoReq", rfu, RFU_MASK);
  }

  /** With the RFU bits zero. */
  public PingSlotInfoReq(int periodicity) {
    this(periodicity, 0);
  }

  /** pingNb: ping slots per beacon period, 2^(7 - Periodicity). */
  public int pingNb() {
    return 1 << (7 - periodicity);
  }

  /** pingPeriod: slots between two ping slots, 2^(5 + Periodicity). */
  public int pingPeriod() {
    return 1 << (5 + periodicity);
  }

  @Override
  public Cid type() {
    return Cid.PING_SLOT_INFO_REQ;
  }

  static PingSlotInfoReq read(byte[] b, int offset) {
    int v = MacFields.u8(b, offset);
    return new PingSlotInfoReq(v & 0x07, v & RFU_MASK);
  }

  void write(byte[] b, int offset) {
    b[offset] = (byte) (rfu | periodicity);
  }
}
