package io.longwave.geolocation;

import java.util.Objects;

/**
 * The outcome of a solve: a {@link Fix} or a {@link NotSolvable} with its reason. Immutable.
 */
public sealed interface LocationResult permits LocationResult.Fix, LocationResult.NotSolvable {

  /**
   * A position.
   *
   * @param position where the device is estimated to be
   * @param accuracyMetres the estimate's horizontal uncertainty (one standard deviation, radial)
   * @param gatewayCount how many distinct gateways the solve used (after outlier rejection)
   * @param method how it was found
   * @param frameCount how many uplinks the solve combined
   */
  record Fix(
      GeoPoint position, double accuracyMetres, int gatewayCount, LocationMethod method,
      int frameCount)
      implements LocationResult {

    public Fix {
      Objects.requireNonNull(position, "position");
      Objects.requireNonNull(method, "method");
      if (!(accuracyMetres >= 0) || Double.isInfinite(accuracyMetres)) {
        throw new IllegalArgumentException("accuracy must be finite and >= 0: " + accuracyMetres);
      }
    }
  }

  /**
   * No position.
   *
   * @param reason why
   * @param detail a sentence for logs and people
   */
  record NotSolvable(NotSolvableReason reason, String detail) implements LocationResult {

    public NotSolvable {
      Objects.requireNonNull(reason, "reason");
      detail = detail == null ? "" : detail;
    }
  }

  static NotSolvable notSolvable(NotSolvableReason reason, String detail) {
    return new NotSolvable(reason, detail);
  }
}
