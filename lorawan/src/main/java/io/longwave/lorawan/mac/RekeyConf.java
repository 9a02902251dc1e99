package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.10 RekeyConf, downlink: the network acknowledges a RekeyInd with the LoRaWAN minor
 * version it serves (Serv LoRaWAN version). The payload octet carries the LoRaWAN minor version in
 * bits 3:0 (1 for LoRaWAN x.1; 0 and 2..15 are RFU) and RFU bits 7:4.
 *
 * @param minor the Minor field, 0 to 15
 * @param rfu the RFU bits 7:4 as received, in place (mask 0xf0), normally 0
 */
public record RekeyConf(int minor, int rfu) implements StandardMacCommand {

  /** The Minor value of LoRaWAN 1.1. */
  public static final int LORAWAN_1_1 = 1;

  private static final int RFU_MASK = 0xf0;

  public RekeyConf {
    MacFields.range("RekeyConf", "Minor", minor, 0, 15);
    MacFields.rfu("RekeyConf", rfu, RFU_MASK);
  }

  /** With the RFU bits zero. */
  public RekeyConf(int minor) {
    this(minor, 0);
  }

  @Override
  public Cid type() {
    return Cid.REKEY_CONF;
  }

  static RekeyConf read(byte[] b, int offset) {
    int v = MacFields.u8(b, offset);
    return new RekeyConf(v & 0x0f, v & RFU_MASK);
  }

  void write(byte[] b, int offset) {
    b[offset] = (byte) (minor | rfu);
  }
}
