package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.1 ResetConf, downlink: the network acknowledges a ResetInd with the LoRaWAN minor
 * version it serves (Serv LoRaWAN version). The payload octet carries the LoRaWAN minor version in
 * bits 3:0 (1 for LoRaWAN x.1; 0 and 2..15 are RFU) and RFU bits 7:4.
 *
 * @param minor the Minor field, 0 to 15
 * @param rfu the RFU bits 7:4 as received, in place (mask 0xf0), normally 0
 */
public record ResetConf(int minor, int rfu) implements StandardMacCommand {

  /** The Minor value of LoRaWAN 1.1. */
  public static final int LORAWAN_1_1 = 1;

  private static final int RFU_MASK = 0xf0;

  public ResetConf {
    MacFields.range("ResetConf", "Minor", minor, 0, 15);
    MacFields.rfu("ResetConf", rfu, RFU_MASK);
  }

  /** With the RFU bits zero. */
  public ResetConf(int minor) {
    this(minor, 0);
  }

  @Override
  public Cid type() {
    return Cid.RESET_CONF;
  }

  static ResetConf read(byte[] b, int offset) {
    int v = MacFields.u8(b, offset);
    return new ResetConf(v & 0x0f, v & RFU_MASK);
  }

  void write(byte[] b, int offset) {
    b[offset] = (byte) (minor | rfu);
  }
}
