package io.longwave.adr;

import java.util.Optional;

/**
 * The algorithm {@link AdrAlgorithms#select} found for a device profile's ADR algorithm id, and a
 * warning for the caller to log when it fell back to the default.
 *
 * @param algorithm the algorithm to run
 * @param warning why the default was used instead of the requested id, if it was
 */
public record AdrSelection(AdrAlgorithm algorithm, Optional<String> warning) {

  public AdrSelection {
    if (algorithm == null || warning == null) {
      throw new IllegalArgumentException(
          "an ADR selection needs an algorithm and a warning option");
    }
  }
}
