package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanFormatException;

/**
 * LoRaWAN 1.1 §5.9 (also 1.0.4) TxParamSetupReq, downlink: the network sets the dwell time limits
 * and the maximum EIRP allowed by local regulations. Payload EIRP_DwellTime: RFU bits 7:6,
 * DownlinkDwellTime bit 5, UplinkDwellTime bit 4, MaxEIRP bits 3:0 (an index into Table 12).
 *
 * @param downlinkDwellTime true when downlinks are limited to a 400 ms dwell time
 * @param uplinkDwellTime true when uplinks are limited to a 400 ms dwell time
 * @param maxEirp the MaxEIRP index, 0 to 15; see {@link #maxEirpDbm()}
 * @param rfu the RFU bits 7:6 as received, in place (mask 0xc0), normally 0
 */
public record TxParamSetupReq(
    boolean downlinkDwellTime, boolean uplinkDwellTime, int maxEirp, int rfu)
    implements StandardMacCommand {

  /** Table 12: the maximum EIRP in dBm for each MaxEIRP index. */
  private static final int[] MAX_EIRP_DBM = {
    8, 10, 12, 13, 14, 16, 18, 20, 21, 24, 26, 27, 29, 30, 33, 36
  };

  private static final int RFU_MASK = 0xc0;

  public TxParamSetupReq {
    MacFields.range("TxParamSetupReq", "MaxEIRP", maxEirp, 0, 15);
    MacFields.rfu("TxParamSetupReq", rfu, RFU_MASK);
  }

  /** With the RFU bits zero. */
  public TxParamSetupReq(boolean downlinkDwellTime, boolean uplinkDwellTime, int maxEirp) {
    this(downlinkDwellTime, uplinkDwellTime, maxEirp, 0);
  }

  /** The maximum EIRP in dBm that {@link #maxEirp()} stands for (Table 12). */
  public int maxEirpDbm() {
    return MAX_EIRP_DBM[maxEirp];
  }

  /** The maximum EIRP in dBm for a MaxEIRP index 0 to 15 (Table 12). */
  public static int maxEirpDbm(int index) {
    MacFields.range("TxParamSetupReq", "MaxEIRP", index, 0, 15);
    return MAX_EIRP_DBM[index];
  }

  /**
   * The largest MaxEIRP index whose EIRP does not exceed {@code dbm}.
   *
   * @throws LorawanFormatException when {@code dbm} is below 8 dBm, the lowest coded value
   */
  public static int maxEirpIndexAtMost(double dbm) {
    for (int i = MAX_EIRP_DBM.length - 1; i >= 0; i--) {
      if (MAX_EIRP_DBM[i] <= dbm) {
        return i;
      }
    }
    throw new LorawanFormatException(
        "TxParamSetupReq MaxEIRP cannot code less than 8 dBm, got " + dbm);
  }

  @Override
  public Cid type() {
    return Cid.TX_PARAM_SETUP_REQ;
  }

  static TxParamSetupReq read(byte[] b, int offset) {
    int v = MacFields.u8(b, offset);
    return new TxParamSetupReq(MacFields.bit(v, 5), MacFields.bit(v, 4), v & 0x0f, v & RFU_MASK);
  }

  void write(byte[] b, int offset) {
    b[offset] =
        (byte)
            (rfu
                | MacFields.flag(downlinkDwellTime, 5)
                | MacFields.flag(uplinkDwellTime, 4)
                | maxEirp);
  }
}
