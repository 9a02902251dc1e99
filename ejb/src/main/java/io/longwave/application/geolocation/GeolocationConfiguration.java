package io.longwave.application.geolocation;

import io.longwave.geolocation.GeolocationSettings;
import java.util.function.Function;

/**
 * The solvers' settings from configuration (MicroProfile Config keys {@code
 * longwave.geolocation.*}, listed in the README), each checked so that a wrong value stops the
 * start with a message naming its key.
 */
public final class GeolocationConfiguration {

  private GeolocationConfiguration() {}

  /** Reads the settings through {@code lookup} (key to value, or null when unset). */
  public static GeolocationSettings read(Function<String, String> lookup) {
    GeolocationSettings d = GeolocationSettings.DEFAULTS;
    return new GeolocationSettings(
        number(lookup, "longwave.geolocation.timestamp-sigma", d.timestampSigmaNanos(), 0.1, 1e5),
        number(lookup, "longwave.geolocation.outlier-sigmas", d.outlierSigmas(), 2, 100),
        number(lookup, "longwave.geolocation.max-accuracy", d.maxAccuracyMetres(), 1, 1e6),
        number(lookup, "longwave.geolocation.path-loss-exponent", d.pathLossExponent(), 1, 8),
        number(lookup, "longwave.geolocation.rssi-sigma", d.rssiSigmaDb(), 0.1, 50),
        (int) number(lookup, "longwave.geolocation.min-rssi-gateways", d.minRssiGateways(), 3,
            100));
  }

  private static double number(
      Function<String, String> lookup, String key, double dflt, double min, double max) {
    String v = lookup.apply(key);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    double n;
    try {
      n = Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number, got " + v, e);
    }
    if (!(n >= min && n <= max)) {
      throw new IllegalArgumentException(
          key + " must be between " + min + " and " + max + ", got " + v);
    }
    return n;
  }
}
