package io.longwave.console;

import java.util.List;

/**
 * The Class B ping-slot period as ChirpStack's console offers it: every {@code 2^k} seconds,
 * k = 0..7, which is the periodicity of LoRaWAN 1.0.4 §14.1 (a ping slot every {@code 2^k}
 * seconds, {@code pingNb = 2^(7 - k)} per 128 s beacon period).
 */
public final class PingSlotPeriod {

  private PingSlotPeriod() {}

  /** The periodicities 0..7 with labels such as "every 4 seconds". */
  public static List<Option> options() {
    return java.util.stream.IntStream.rangeClosed(0, 7)
        .mapToObj(p -> new Option(p, label(p))).toList();
  }

  /** "every second", "every 2 seconds" … "every 128 seconds". */
  public static String label(int periodicity) {
    if (periodicity < 0 || periodicity > 7) {
      throw new IllegalArgumentException("the ping-slot periodicity is 0..7, got " + periodicity);
    }
    int seconds = 1 << periodicity;
    return seconds == 1 ? "every second" : "every " + seconds + " seconds";
  }

  /**
   * A periodicity and its label.
   *
   * @param periodicity 0..7
   * @param label for people
   */
  public record Option(int periodicity, String label) {}
}
