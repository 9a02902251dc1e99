package io.longwave.geolocation;

/**
 * The solvers' parameters. Immutable.
 *
 * @param timestampSigmaNanos the expected standard deviation of a fine timestamp, in nanoseconds
 *     (it scales the outlier and consistency thresholds and the accuracy estimate)
 * @param outlierSigmas a TDOA residual beyond this many standard deviations marks an outlier
 * @param maxAccuracyMetres a solve whose uncertainty exceeds this gives no position
 * @param pathLossExponent the log-distance path-loss exponent (2 in free space, 2.5..4 on land)
 * @param rssiSigmaDb the expected standard deviation of an RSSI (shadowing), in dB
 * @param minRssiGateways the fewest distinct gateways an RSSI estimate needs (at least 3)
 */
public record GeolocationSettings(
    double timestampSigmaNanos,
    double outlierSigmas,
    double maxAccuracyMetres,
    double pathLossExponent,
    double rssiSigmaDb,
    int minRssiGateways) {

  /** 100 ns timestamps, 5-sigma outliers, 10 km limit, exponent 2.7, 6 dB, 3 gateways. */
  public static final GeolocationSettings DEFAULTS =
      new GeolocationSettings(100, 5, 10_000, 2.7, 6, 3);

  public GeolocationSettings {
    if (!(timestampSigmaNanos > 0) || Double.isInfinite(timestampSigmaNanos)) {
      throw new IllegalArgumentException("timestamp sigma must be > 0 ns: " + timestampSigmaNanos);
    }
    if (!(outlierSigmas >= 2) || Double.isInfinite(outlierSigmas)) {
      throw new IllegalArgumentException("outlier threshold must be >= 2 sigmas: " + outlierSigmas);
    }
    if (!(maxAccuracyMetres > 0)) {
      throw new IllegalArgumentException("accuracy limit must be > 0 m: " + maxAccuracyMetres);
    }
    if (!(pathLossExponent >= 1) || pathLossExponent > 8) {
      throw new IllegalArgumentException("path-loss exponent must be 1..8: " + pathLossExponent);
    }
    if (!(rssiSigmaDb > 0) || Double.isInfinite(rssiSigmaDb)) {
      throw new IllegalArgumentException("RSSI sigma must be > 0 dB: " + rssiSigmaDb);
    }
    if (minRssiGateways < 3) {
      throw new IllegalArgumentException("an RSSI estimate needs at least 3 gateways");
    }
  }

  /** The same settings with another timestamp standard deviation. */
  public GeolocationSettings withTimestampSigmaNanos(double sigma) {
    return new GeolocationSettings(
        sigma, outlierSigmas, maxAccuracyMetres, pathLossExponent, rssiSigmaDb, minRssiGateways);
  }

  /** One timestamp standard deviation as a distance, in metres. */
  double timestampSigmaMetres() {
    return timestampSigmaNanos * TdoaSolver.SPEED_OF_LIGHT_M_PER_NS;
  }
}
