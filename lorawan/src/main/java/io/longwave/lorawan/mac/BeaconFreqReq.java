package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §14.2 (Class B) BeaconFreqReq, downlink: the network sets the frequency on which the
 * end-device expects beacons. Payload: Frequency (24 bits little-endian, in 100 Hz); 0 means the
 * default beacon frequency plan (frequency hopping where the region uses it).
 *
 * @param frequencyHz the beacon frequency in Hz, a multiple of 100 up to (2^24 - 1) * 100; 0 for
 *     the default plan
 */
public record BeaconFreqReq(int frequencyHz) implements StandardMacCommand {

  public BeaconFreqReq {
    MacFields.frequency("BeaconFreqReq", frequencyHz);
  }

  @Override
  public Cid type() {
    return Cid.BEACON_FREQ_REQ;
  }

  static BeaconFreqReq read(byte[] b, int offset) {
    return new BeaconFreqReq(MacFields.frequencyAt(b, offset));
  }

  void write(byte[] b, int offset) {
    MacFields.putFrequency(b, offset, frequencyHz);
  }
}
