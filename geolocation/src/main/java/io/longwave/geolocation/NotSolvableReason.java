package io.longwave.geolocation;

/** Why no position was given. */
public enum NotSolvableReason {
  /** Fewer usable gateways than the method needs. */
  TOO_FEW_GATEWAYS,
  /** The gateways are all at (nearly) one place. */
  GATEWAYS_CO_LOCATED,
  /** The gateways are (nearly) in a line: the position is mirrored on either side of it. */
  GATEWAYS_COLLINEAR,
  /** The fine timestamps contradict the speed of light or fit no single position. */
  INCONSISTENT_TIMESTAMPS,
  /** Two distinct positions fit the measurements equally well. */
  AMBIGUOUS,
  /** The geometry gives an uncertainty larger than the configured limit. */
  POOR_GEOMETRY,
  /** The least-squares solve did not converge. */
  NO_CONVERGENCE
}
