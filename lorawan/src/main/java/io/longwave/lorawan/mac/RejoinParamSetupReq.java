package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.14 RejoinParamSetupReq, downlink: the network asks the end-device to send a
 * Rejoin-request type 0 at least every 2^(MaxCountN + 4) uplinks or every 2^(MaxTimeN + 10)
 * seconds. Payload: MaxTimeN bits 7:4, MaxCountN bits 3:0.
 *
 * @param maxTimeN the MaxTimeN, 0 to 15
 * @param maxCountN the MaxCountN, 0 to 15
 */
public record RejoinParamSetupReq(int maxTimeN, int maxCountN) implements StandardMacCommand {

  public RejoinParamSetupReq {
    MacFields.range("RejoinParamSetupReq", "MaxTimeN", maxTimeN, 0, 15);
    MacFields.range("RejoinParamSetupReq", "MaxCountN", maxCountN, 0, 15);
  }

  /** The maximum number of uplinks between Rejoin-requests, 2^(MaxCountN + 4). */
  public int maxCount() {
    return 1 << (maxCountN + 4);
  }

  /** The maximum time between Rejoin-requests in seconds, 2^(MaxTimeN + 10). */
  public long maxTimeSeconds() {
    return 1L << (maxTimeN + 10);
  }

  @Override
  public Cid type() {
    return Cid.REJOIN_PARAM_SETUP_REQ;
  }

  static RejoinParamSetupReq read(byte[] b, int offset) {
    int v = MacFields.u8(b, offset);
    return new RejoinParamSetupReq(v >>> 4, v & 0x0f);
  }

  void write(byte[] b, int offset) {
    b[offset] = (byte) (maxTimeN << 4 | maxCountN);
  }
}
