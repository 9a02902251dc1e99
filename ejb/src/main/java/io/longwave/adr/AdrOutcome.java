package io.longwave.adr;

import java.util.Optional;

/**
 * The result of {@link AdrAlgorithms#handle}: the settings to apply and, when something went wrong
 * (an unknown algorithm id, or an algorithm that failed and so changed nothing), a warning for the
 * caller to log.
 *
 * @param response the wanted settings
 * @param warning what went wrong, if anything
 */
public record AdrOutcome(AdrResponse response, Optional<String> warning) {

  public AdrOutcome {
    if (response == null || warning == null) {
      throw new IllegalArgumentException("an ADR outcome needs a response and a warning option");
    }
  }
}
