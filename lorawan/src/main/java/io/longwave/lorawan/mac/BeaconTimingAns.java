package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.0 Class B BeaconTimingAns, downlink: the time until the next beacon and the channel it
 * is sent on. Deprecated by LoRaWAN 1.1 §14.4 in favour of DeviceTimeAns; still decoded. Payload:
 * Delay (16 bits little-endian; the next beacon starts 30 ms x (Delay + 1) after the end of this
 * downlink), Channel (1 octet).
 *
 * @param delay the Delay, 0 to 65535
 * @param channel the Channel index of the next beacon, 0 to 255
 */
public record BeaconTimingAns(int delay, int channel) implements StandardMacCommand {

  public BeaconTimingAns {
    MacFields.range("BeaconTimingAns", "Delay", delay, 0, 0xffff);
    MacFields.range("BeaconTimingAns", "Channel", channel, 0, 255);
  }

  /** The time until the next beacon in milliseconds, 30 x (Delay + 1). */
  public int delayMillis() {
    return 30 * (delay + 1);
  }

  @Override
  public Cid type() {
    return Cid.BEACON_TIMING_ANS;
  }

  static BeaconTimingAns read(byte[] b, int offset) {
    return new BeaconTimingAns(MacFields.u16(b, offset), MacFields.u8(b, offset + 2));
  }

  void write(byte[] b, int offset) {
    MacFields.putU16(b, offset, delay);
    b[offset + 2] = (byte) channel;
  }
}
