package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanFormatException;
import java.time.Duration;

/**
 * LoRaWAN 1.1 §5.12 (also 1.0.4) DeviceTimeAns, downlink: the network time at the end of the uplink
 * that carried the DeviceTimeReq. Payload: seconds since the GPS epoch (00:00:00 UTC, 6 January
 * 1980) as a 32-bit little-endian unsigned integer, then a fractional second in 1/256 s steps.
 *
 * @param secondsSinceEpoch whole seconds since the GPS epoch, 0 to 2^32 - 1
 * @param fractionalSecond the fraction of a second in 1/256 s, 0 to 255
 */
public record DeviceTimeAns(long secondsSinceEpoch, int fractionalSecond)
    implements StandardMacCommand {

  private static final long NANOS_PER_STEP = 1_000_000_000L / 256; // 3 906 250 ns, exact

  public DeviceTimeAns {
    MacFields.range("DeviceTimeAns", "seconds since epoch", secondsSinceEpoch, 0, 0xffffffffL);
    MacFields.range("DeviceTimeAns", "fractional second", fractionalSecond, 0, 255);
  }

  /**
   * The answer for a time since the GPS epoch, rounded down to 1/256 s.
   *
   * @throws LorawanFormatException when the time is negative or does not fit 32-bit seconds
   */
  public static DeviceTimeAns ofGpsEpochTime(Duration gpsEpochTime) {
    if (gpsEpochTime == null) {
      throw new LorawanFormatException("DeviceTimeAns GPS epoch time is missing");
    }
    return new DeviceTimeAns(
        gpsEpochTime.getSeconds(), (int) (gpsEpochTime.getNano() / NANOS_PER_STEP));
  }

  /** The time since the GPS epoch that this answer carries. */
  public Duration gpsEpochTime() {
    return Duration.ofSeconds(secondsSinceEpoch, fractionalSecond * NANOS_PER_STEP);
  }

  @Override
  public Cid type() {
    return Cid.DEVICE_TIME_ANS;
  }

  static DeviceTimeAns read(byte[] b, int offset) {
    long seconds =
        (b[offset] & 0xffL)
            | (b[offset + 1] & 0xffL) << 8
            | (b[offset + 2] & 0xffL) << 16
            | (b[offset + 3] & 0xffL) << 24;
    return new DeviceTimeAns(seconds, MacFields.u8(b, offset + 4));
  }

  void write(byte[] b, int offset) {
    b[offset] = (byte) secondsSinceEpoch;
    b[offset + 1] = (byte) (secondsSinceEpoch >>> 8);
    b[offset + 2] = (byte) (secondsSinceEpoch >>> 16);
    b[offset + 3] = (byte) (secondsSinceEpoch >>> 24);
    b[offset + 4] = (byte) fractionalSecond;
  }
}
