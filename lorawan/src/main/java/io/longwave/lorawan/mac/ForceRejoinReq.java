package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.13 ForceRejoinReq, downlink: the network asks the end-device to send a
 * Rejoin-request now, and retry. Payload: 16 bits, little-endian: RFU bits 15:14, Period bits 13:11
 * (retry delay 32 s x 2^Period plus up to 32 s), Max_Retries bits 10:8, RFU bit 7, RejoinType bits
 * 6:4 (0 or 1 Rejoin-request type 0, 2 type 2, 3 to 7 RFU), DR bits 3:0.
 *
 * @param period the Period, 0 to 7
 * @param maxRetries the Max_Retries, 0 to 7
 * @param rejoinType the RejoinType, 0 to 7 (only 0 to 2 are defined)
 * @param dr the data rate index of the Rejoin-request, 0 to 15
 * @param rfu the RFU bits 15:14 and 7 of the 16-bit field as received, in place (mask 0xc080),
 *     normally 0
 */
public record ForceRejoinReq(int period, int maxRetries, int rejoinType, int dr, int rfu)
    implements StandardMacCommand {

  private static final String NAME = "ForceRejoinReq";
  private static final int RFU_MASK = 0xc080;

  public ForceRejoinReq {
    MacFields.range(NAME, "Period", period, 0, 7);
    MacFields.range(NAME, "Max_Retries", maxRetries, 0, 7);
    MacFields.range(NAME, "RejoinType", rejoinType, 0, 7);
    MacFields.range(NAME, "DR", dr, 0, 15);
    MacFields.rfu(NAME, rfu, RFU_MASK);
  }

  /** With the RFU bits zero. */
  public ForceRejoinReq(int period, int maxRetries, int rejoinType, int dr) {
    this(period, maxRetries, rejoinType, dr, 0);
  }

  @Override
  public Cid type() {
    return Cid.FORCE_REJOIN_REQ;
  }

  static ForceRejoinReq read(byte[] b, int offset) {
    int v = MacFields.u16(b, offset);
    return new ForceRejoinReq(
        (v >>> 11) & 0x07, (v >>> 8) & 0x07, (v >>> 4) & 0x07, v & 0x0f, v & RFU_MASK);
  }

  void write(byte[] b, int offset) {
    MacFields.putU16(b, offset, rfu | period << 11 | maxRetries << 8 | rejoinType << 4 | dr);
  }
}
