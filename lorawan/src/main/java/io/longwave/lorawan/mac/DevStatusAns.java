package io.longwave.lorawan.mac;

import java.util.OptionalInt;

/**
 * LoRaWAN 1.1 §5.6 (also 1.0.4) DevStatusAns, uplink: the end-device's battery level and the
 * demodulation margin of the last DevStatusReq. Payload: Battery (1 octet), Margin (RFU bits 7:6, a
 * signed 6-bit value in bits 5:0). Battery (Table 8): 0 external power source, 1 to 254 battery
 * level from minimum to maximum, 255 not able to measure.
 *
 * @param battery the Battery octet, 0 to 255
 * @param margin the SNR margin in dB, rounded, -32 to 31
 * @param rfu the RFU bits 7:6 of the Margin octet as received, in place (mask 0xc0), normally 0
 */
public record DevStatusAns(int battery, int margin, int rfu) implements StandardMacCommand {

  /** Battery value meaning the end-device is connected to an external power source. */
  public static final int EXTERNAL_POWER = 0;

  /** Battery value meaning the end-device cannot measure its battery level. */
  public static final int BATTERY_UNKNOWN = 255;

  private static final String NAME = "DevStatusAns";
  private static final int RFU_MASK = 0xc0;

  public DevStatusAns {
    MacFields.range(NAME, "Battery", battery, 0, 255);
    MacFields.range(NAME, "Margin", margin, -32, 31);
    MacFields.rfu(NAME, rfu, RFU_MASK);
  }

  /** With the RFU bits zero. */
  public DevStatusAns(int battery, int margin) {
    this(battery, margin, 0);
  }

  /** True when the end-device runs on an external power source (Battery 0). */
  public boolean externalPower() {
    return battery == EXTERNAL_POWER;
  }

  /** True when the end-device could not measure its battery level (Battery 255). */
  public boolean batteryLevelUnknown() {
    return battery == BATTERY_UNKNOWN;
  }

  /**
   * The measured battery level, 1 (minimum) to 254 (maximum); empty on external power or when the
   * level is unknown.
   */
  public OptionalInt batteryLevel() {
    return battery == EXTERNAL_POWER || battery == BATTERY_UNKNOWN
        ? OptionalInt.empty()
        : OptionalInt.of(battery);
  }

  @Override
  public Cid type() {
    return Cid.DEV_STATUS_ANS;
  }

  static DevStatusAns read(byte[] b, int offset) {
    int m = MacFields.u8(b, offset + 1);
    int six = m & 0x3f;
    return new DevStatusAns(MacFields.u8(b, offset), six > 31 ? six - 64 : six, m & RFU_MASK);
  }

  void write(byte[] b, int offset) {
    b[offset] = (byte) battery;
    b[offset + 1] = (byte) (rfu | (margin & 0x3f));
  }
}
