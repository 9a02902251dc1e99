package io.longwave.lorawan.classb;

import io.longwave.lorawan.LorawanFormatException;

/**
 * GwSpecific with InfoDesc 0 to 2: the GPS coordinates of one gateway antenna (LoRaWAN 1.0.4
 * §13.3, LoRaWAN 1.1 §15.3). Lat and Lng are signed 24-bit integers sent little-endian: Lat {@code
 * -2^23} is 90° south and {@code 2^23 - 1} almost 90° north; Lng {@code -2^23} is 180° west and
 * {@code 2^23 - 1} almost 180° east.
 *
 * @param infoDesc the antenna: 0 first, 1 second, 2 third
 * @param lat latitude, {@code -2^23} to {@code 2^23 - 1} in steps of 90° / 2^23
 * @param lng longitude, {@code -2^23} to {@code 2^23 - 1} in steps of 180° / 2^23
 */
public record GatewayCoordinates(int infoDesc, int lat, int lng) implements GwSpecific {

  static final int MAX_ANTENNA = 2;
  private static final int MIN_24 = -(1 << 23);
  private static final int MAX_24 = (1 << 23) - 1;
  private static final double STEPS = 1 << 23;

  /** Validates the fields. */
  public GatewayCoordinates {
    if (infoDesc < 0 || infoDesc > MAX_ANTENNA) {
      throw new LorawanFormatException(
          "gateway coordinates have InfoDesc 0, 1 or 2 (the antenna), got " + infoDesc);
    }
    if (lat < MIN_24 || lat > MAX_24 || lng < MIN_24 || lng > MAX_24) {
      throw new LorawanFormatException(
          "Lat and Lng are signed 24-bit values, got " + lat + " and " + lng);
    }
  }

  /**
   * The coordinates nearest to {@code latitude} and {@code longitude} in degrees, clamped to the
   * 24-bit range (90° north and 180° east are one step short).
   *
   * @throws LorawanFormatException when a value is outside ±90° or ±180° or not a number
   */
  public static GatewayCoordinates ofDegrees(int antenna, double latitude, double longitude) {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new LorawanFormatException(
          "latitude is -90 to 90 and longitude -180 to 180 degrees, got "
              + latitude
              + " and "
              + longitude);
    }
    return new GatewayCoordinates(
        antenna, toSteps(latitude / 90 * STEPS), toSteps(longitude / 180 * STEPS));
  }

  private static int toSteps(double steps) {
    return (int) Math.max(MIN_24, Math.min(MAX_24, Math.round(steps)));
  }

  /** The latitude in degrees. */
  public double latitudeDegrees() {
    return lat * 90 / STEPS;
  }

  /** The longitude in degrees. */
  public double longitudeDegrees() {
    return lng * 180 / STEPS;
  }

  @Override
  public void write(byte[] out, int off) {
    out[off] = (byte) infoDesc;
    writeInt24(out, off + 1, lat);
    writeInt24(out, off + 4, lng);
  }

  private static void writeInt24(byte[] out, int off, int v) {
    out[off] = (byte) v;
    out[off + 1] = (byte) (v >>> 8);
    out[off + 2] = (byte) (v >>> 16);
  }
}
