package io.longwave.domain.profile;

import java.util.List;

/**
 * A channel a gateway profile adds to the region's defaults: LoRa with its bandwidth (kHz) and
 * spreading factors, or FSK with its bitrate; frequency in Hz.
 */
public record ExtraChannel(
    String modulation, long frequency, int bandwidth, int bitrate, List<Integer> spreadingFactors) {

  public ExtraChannel {
    if (!"LORA".equals(modulation) && !"FSK".equals(modulation)) {
      throw new IllegalArgumentException("modulation must be LORA or FSK");
    }
    if (frequency <= 0) {
      throw new IllegalArgumentException("frequency must be given in Hz");
    }
    spreadingFactors = List.copyOf(spreadingFactors == null ? List.of() : spreadingFactors);
    for (int sf : spreadingFactors) {
      if (sf < 5 || sf > 12) {
        throw new IllegalArgumentException("spreading factors must be 5..12");
      }
    }
    if (bandwidth < 0 || bitrate < 0) {
      throw new IllegalArgumentException("bandwidth and bitrate must be 0 or more");
    }
  }
}
