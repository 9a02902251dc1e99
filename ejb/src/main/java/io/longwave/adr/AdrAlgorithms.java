package io.longwave.adr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ADR algorithms by id (ChirpStack's {@code adr::setup}, {@code get_algorithms} and {@code
 * handle}). A device profile names one; a missing id means {@value DefaultAdr#ID}, and an unknown
 * one also falls back to it, with a warning the caller logs. Immutable and thread-safe.
 */
public final class AdrAlgorithms {

  private final Map<String, AdrAlgorithm> byId;
  private final AdrAlgorithm fallback;

  private AdrAlgorithms(Map<String, AdrAlgorithm> byId) {
    this.byId = Collections.unmodifiableMap(byId);
    this.fallback = byId.get(DefaultAdr.ID);
    if (fallback == null) {
      throw new IllegalArgumentException(
          "the ADR algorithms must include one with id '" + DefaultAdr.ID + "'");
    }
  }

  /** The built-in algorithms: {@code default}, {@code lr_fhss} and {@code lora_lr_fhss}. */
  public static AdrAlgorithms standard() {
    return of(new DefaultAdr(), new LrFhssAdr(), new LoraLrFhssAdr());
  }

  /**
   * A registry of these algorithms, one of which must have the id {@value DefaultAdr#ID}; a later
   * algorithm replaces an earlier one with the same id.
   */
  public static AdrAlgorithms of(AdrAlgorithm... algorithms) {
    Map<String, AdrAlgorithm> m = new LinkedHashMap<>();
    for (AdrAlgorithm a : algorithms) {
      put(m, a);
    }
    return new AdrAlgorithms(m);
  }

  /** This registry plus {@code algorithm}, which replaces any algorithm with the same id. */
  public AdrAlgorithms with(AdrAlgorithm algorithm) {
    Map<String, AdrAlgorithm> m = new LinkedHashMap<>(byId);
    put(m, algorithm);
    return new AdrAlgorithms(m);
  }

  private static void put(Map<String, AdrAlgorithm> m, AdrAlgorithm a) {
    if (a == null || a.id() == null || a.id().isBlank()) {
      throw new IllegalArgumentException("an ADR algorithm needs a non-blank id");
    }
    m.put(a.id(), a);
  }

  /** The algorithm with this id, if registered. */
  public Optional<AdrAlgorithm> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /**
   * The algorithm for a device profile's id: the registered one; the default for a null or blank
   * id; the default with a warning for an unknown id.
   */
  public AdrSelection select(String id) {
    if (id == null || id.isBlank()) {
      return new AdrSelection(fallback, Optional.empty());
    }
    AdrAlgorithm a = byId.get(id);
    if (a != null) {
      return new AdrSelection(a, Optional.empty());
    }
    return new AdrSelection(
        fallback,
        Optional.of(
            "no ADR algorithm with id '" + id + "'; using '" + DefaultAdr.ID + "' instead"));
  }

  /**
   * Runs the algorithm {@link #select selected} for {@code id}. When it throws, nothing changes
   * (the request's current settings are returned) and the warning says why, as ChirpStack does.
   */
  public AdrOutcome handle(String id, AdrRequest request) {
    AdrSelection selection = select(id);
    AdrAlgorithm algorithm = selection.algorithm();
    try {
      return new AdrOutcome(algorithm.handle(request), selection.warning());
    } catch (RuntimeException e) {
      String failure = "ADR algorithm '" + algorithm.id() + "' failed: " + e.getMessage();
      String warning = selection.warning().map(w -> w + "; " + failure).orElse(failure);
      return new AdrOutcome(AdrResponse.unchanged(request), Optional.of(warning));
    }
  }

  /** The registered algorithms' names by id, in registration order (for the console and API). */
  public Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    byId.forEach((id, a) -> names.put(id, a.name()));
    return Collections.unmodifiableMap(names);
  }
}
