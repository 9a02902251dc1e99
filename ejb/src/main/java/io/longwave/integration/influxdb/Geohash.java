package io.longwave.integration.influxdb;

/**
 * Geohash encoding (G. Niemeyer's public-domain scheme): longitude and latitude bits interleaved,
 * five bits a base-32 character. ChirpStack writes 12 characters with a location.
 */
final class Geohash {

  private static final char[] BASE32 = "0123456789bcdefghjkmnpqrstuvwxyz".toCharArray();

  private Geohash() {}

  static String encode(double latitude, double longitude, int length) {
    double[] lat = {-90, 90};
    double[] lon = {-180, 180};
    StringBuilder hash = new StringBuilder(length);
    boolean evenBit = true;
    int bit = 0;
    int ch = 0;
    while (hash.length() < length) {
      double[] range = evenBit ? lon : lat;
      double value = evenBit ? longitude : latitude;
      double mid = (range[0] + range[1]) / 2;
      ch <<= 1;
      if (value >= mid) {
        ch |= 1;
        range[0] = mid;
      } else {
        range[1] = mid;
      }
      evenBit = !evenBit;
      if (++bit == 5) {
        hash.append(BASE32[ch]);
        bit = 0;
        ch = 0;
      }
    }
    return hash.toString();
  }
}
