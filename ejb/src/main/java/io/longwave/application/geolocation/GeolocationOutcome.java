package io.longwave.application.geolocation;

import io.longwave.geolocation.NotSolvableReason;

/**
 * What became of one uplink in the geolocation flow.
 *
 * @param kind what happened
 * @param reason why no position was found ({@link Kind#NOT_SOLVABLE} only, else null)
 */
public record GeolocationOutcome(Kind kind, NotSolvableReason reason) {

  /** What happened. */
  public enum Kind {
    /** The device is unknown or has no profile. */
    UNKNOWN_DEVICE,
    /** The device's profile does not enable geolocation. */
    DISABLED,
    /** Buffered: fewer uplinks than the profile's minimum. */
    BUFFERING,
    /** The uplinks give no position. */
    NOT_SOLVABLE,
    /** Located: the location is stored and announced. */
    RESOLVED,
    /** Located, but the device was deleted meanwhile: nothing stored. */
    DEVICE_GONE
  }

  static GeolocationOutcome of(Kind kind) {
    return new GeolocationOutcome(kind, null);
  }
}
