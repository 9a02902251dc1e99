package io.longwave.domain.device;

/**
 * The device's last reported status as stored with the device (LoRaWAN 1.0.4 §5.5 DevStatusAns,
 * and the data rate of its last uplink). Values never reported are null.
 *
 * @param battery 0 on external power, 1..254 the level, 255 unable to measure; or null
 * @param margin the demodulation margin in dB, -32..31; or null
 * @param externalPower the device said it runs on external power
 * @param dr the data rate of the last uplink, or null
 */
public record DeviceStatus(Integer battery, Integer margin, boolean externalPower, Integer dr) {

  /** Nothing reported yet. */
  public static final DeviceStatus UNKNOWN = new DeviceStatus(null, null, false, null);

  public DeviceStatus {
    if (battery != null && (battery < 0 || battery > 255)) {
      throw new IllegalArgumentException("the battery level is 0..255, got " + battery);
    }
    if (margin != null && (margin < -32 || margin > 31)) {
      throw new IllegalArgumentException("the margin is -32..31 dB, got " + margin);
    }
  }
}
