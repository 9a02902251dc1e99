package io.longwave.simulator.device;

/**
 * How an end-device gets its session (LoRaWAN 1.1 §6.3): over the air with a join
 * (OTAA, §6.2), or by personalization with a provisioned DevAddr and session keys (ABP, §6.1).
 */
public enum Activation {
  OTAA,
  ABP;

  /**
   * Parses {@code otaa} or {@code abp}, ignoring case.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static Activation parse(String s) {
    for (Activation a : values()) {
      if (a.name().equalsIgnoreCase(s == null ? "" : s.strip())) {
        return a;
      }
    }
    throw new IllegalArgumentException("expected otaa or abp, got '" + s + "'");
  }
}
