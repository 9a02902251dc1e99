package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §14.2 (Class B) BeaconFreqAns, uplink: the end-device's answer to a BeaconFreqReq.
 *
 * @param beaconFrequencyOk bit 0, Beacon frequency ok: the beacon frequency has been changed
 * @param rfu the RFU bits 7:1 as received, in place (mask 0xfe), normally 0
 */
public record BeaconFreqAns(boolean beaconFrequencyOk, int rfu) implements StandardMacCommand {

  private static final int RFU_MASK = 0xfe;

  public BeaconFreqAns {
    MacFields.rfu("BeaconFreqAns", rfu, RFU_MASK);
  }

  /** With the RFU bits zero. */
  public BeaconFreqAns(boolean beaconFrequencyOk) {
    this(beaconFrequencyOk, 0);
  }

  @Override
  public Cid type() {
    return Cid.BEACON_FREQ_ANS;
  }

  static BeaconFreqAns read(byte[] b, int offset) {
    int v = MacFields.u8(b, offset);
    return new BeaconFreqAns(MacFields.bit(v, 0), v & RFU_MASK);
  }

  void write(byte[] b, int offset) {
    b[offset] = (byte) (MacFields.flag(beaconFrequencyOk, 0) | rfu);
  }
}
