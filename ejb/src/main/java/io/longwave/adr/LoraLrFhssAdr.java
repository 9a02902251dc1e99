package io.longwave.adr;

import io.longwave.lorawan.region.LoraModulation;

/**
 * ChirpStack's combined LoRa and LR-FHSS ADR algorithm (id {@code lora_lr_fhss}; {@code
 * chirpstack/src/adr/lora_lr_fhss.rs}): it runs {@link DefaultAdr} and {@link LrFhssAdr} on the
 * same request and keeps the default answer when it lands on a LoRa data rate with spreading factor
 * below 10, and the LR-FHSS answer otherwise (at SF10 and slower, LR-FHSS is the better link).
 * Thread-safe.
 */
public final class LoraLrFhssAdr implements AdrAlgorithm {

  /** The identifier of this algorithm. */
  public static final String ID = "lora_lr_fhss";

  /** Spreading factors below this stay on LoRa. */
  private static final int LR_FHSS_FROM_SPREADING_FACTOR = 10;

  private final DefaultAdr lora;
  private final LrFhssAdr lrFhss;

  /** Combines a {@link DefaultAdr} and a {@link LrFhssAdr} with a random chooser. */
  public LoraLrFhssAdr() {
    this(new DefaultAdr(), new LrFhssAdr());
  }

  /** Combines the given algorithms (for tests, an {@link LrFhssAdr} with a fixed chooser). */
  public LoraLrFhssAdr(DefaultAdr lora, LrFhssAdr lrFhss) {
    if (lora == null || lrFhss == null) {
      throw new IllegalArgumentException("both algorithms are required");
    }
    this.lora = lora;
    this.lrFhss = lrFhss;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String name() {
    return "LoRa & LR-FHSS ADR algorithm";
  }

  @Override
  public AdrResponse handle(AdrRequest request) {
    AdrResponse loraResponse = lora.handle(request);
    AdrResponse lrFhssResponse = lrFhss.handle(request);
    if (request.region().dataRate(loraResponse.dr()).modulation() instanceof LoraModulation m
        && m.spreadingFactor() < LR_FHSS_FROM_SPREADING_FACTOR) {
      return loraResponse;
    }
    return lrFhssResponse;
  }
}
